using System.Diagnostics.CodeAnalysis;

namespace TeamBot.BotFramework;

/// <summary>Reads "Bearer &lt;jwt&gt;" from an Authorization header.</summary>
internal static class BearerToken
{
    public static bool TryRead(
        string? authorizationHeader,
        [NotNullWhen(true)] out string? token,
        [NotNullWhen(false)] out BotAuthenticationResult? failure)
    {
        token = null;
        failure = null;
        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            failure = BotAuthenticationResult.Failed(BotAuthenticationFailure.MissingAuthorizationHeader, "no Authorization header");
            return false;
        }

        var parts = authorizationHeader.Trim().Split(' ', 2, StringSplitOptions.TrimEntries);
        if (!string.Equals(parts[0], "Bearer", StringComparison.OrdinalIgnoreCase))
        {
            failure = BotAuthenticationResult.Failed(BotAuthenticationFailure.NotBearerScheme, "the Authorization scheme is not Bearer");
            return false;
        }

        if (parts.Length < 2 || parts[1].Length == 0 || parts[1].Contains(' '))
        {
            failure = BotAuthenticationResult.Failed(BotAuthenticationFailure.MalformedToken, "the Bearer value is empty or not one token");
            return false;
        }

        token = parts[1];
        return true;
    }
}
