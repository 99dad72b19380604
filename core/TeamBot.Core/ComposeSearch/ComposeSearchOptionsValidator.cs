using Microsoft.Extensions.Options;

namespace TeamBot.Core.ComposeSearch;

/// <summary>Stops the start with every out-of-bounds ComposeSearch setting named, in Dutch.</summary>
internal sealed class ComposeSearchOptionsValidator : IValidateOptions<ComposeSearchOptions>
{
    public ValidateOptionsResult Validate(string? name, ComposeSearchOptions options) =>
        options.Problems() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
}
