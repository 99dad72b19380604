namespace TeamBot.BotFramework;

/// <summary>The Connector's REST addresses. Ids are escaped: Teams conversation ids contain ':', '@' and ';'.</summary>
internal static class ConnectorUris
{
    public static Uri Conversations(string serviceUrl) => new($"{Root(serviceUrl)}/v3/conversations");

    public static Uri Activities(string serviceUrl, string conversationId) =>
        new($"{Root(serviceUrl)}/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities");

    public static Uri Activity(string serviceUrl, string conversationId, string activityId) =>
        new($"{Root(serviceUrl)}/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activityId)}");

    private static string Root(string serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException($"serviceUrl '{serviceUrl}' is not an absolute http(s) URL.", nameof(serviceUrl));
        }

        return serviceUrl.TrimEnd('/');
    }
}
