using System.Text.Json;
using Microsoft.Extensions.Options;
using TeamBot.Bot.Conversations;
using TeamBot.BotFramework;
using TeamBot.Core.Cards;
using TeamBot.Core.ComposeSearch;
using TeamBot.Core.Questions;
using TeamBot.Core.Regions;

namespace TeamBot.Bot.ComposeSearch;

/// <summary>
/// TeamBot's message extension in Teams: the search command "Verwijsgids" in the compose box (query, selectItem and
/// its settings) and the action "Vraag TeamBot" on a message (fetchTask, submitAction). Every invoke reached here
/// through /api/messages, so the token and tenant checks of messages hold for it too.
/// </summary>
public sealed class ComposeExtensionHandler(
    ComposeSearchService search,
    ComposeSearchCards cards,
    CardFactory answerCards,
    QuestionService questions,
    AskerMunicipalities municipalities,
    ComposeSettingsPage settingsPage,
    RegionCalendar calendar,
    IOptions<ComposeSearchOptions> options,
    ILogger<ComposeExtensionHandler> logger)
{
    public const string SearchCommand = "verwijsgids";
    public const string SearchParameter = "zoekterm";
    public const string AskCommand = "vraagTeamBot";
    public const string QuestionInput = "vraag";

    public const string SelectItemInvokeName = "composeExtension/selectItem";
    public const string QuerySettingUrlInvokeName = "composeExtension/querySettingUrl";
    public const string SettingInvokeName = "composeExtension/setting";

    public static bool Handles(string? invokeName) => invokeName?.StartsWith("composeExtension/", StringComparison.Ordinal) == true;

    public async Task<InvokeResponse> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        var response = activity.Name switch
        {
            MessagingExtensionQuery.InvokeName => await QueryAsync(activity, cancellationToken),
            SelectItemInvokeName => await SelectAsync(activity, cancellationToken),
            QuerySettingUrlInvokeName => await SettingsUrlAsync(activity, cancellationToken),
            SettingInvokeName => await SaveSettingAsync(activity, cancellationToken),
            MessagingExtensionAction.FetchTaskInvokeName => await FetchTaskAsync(activity, cancellationToken),
            MessagingExtensionAction.SubmitActionInvokeName => await SubmitAsync(activity, cancellationToken),
            _ => null,
        };
        if (response is null) logger.UnhandledComposeInvoke(activity.Name);
        return response ?? new InvokeResponse(StatusCodes.Status400BadRequest);
    }

    private async Task<InvokeResponse?> QueryAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (MessagingExtensionQuery.From(activity.Value) is not { CommandId: SearchCommand } query) return null;
        // Everything found is on the first page: Teams asks for the next when the user scrolls to the end.
        if (query.Skip > 0) return MessagingExtensionResponse.Results([]).ToInvokeResponse();
        var result = await search.SearchAsync(new ComposeSearchRequest(query.Text(SearchParameter), Askers.IdOf(activity), municipalities.Of(activity)), cancellationToken);
        if (result.Hits.Count == 0) return MessagingExtensionResponse.Message(ComposeSearchTexts.NoResults(result)).ToInvokeResponse();
        return MessagingExtensionResponse.Results(result.Hits.Select(hit => Result(hit, result))).ToInvokeResponse();
    }

    private MessagingExtensionAttachment Result(ContractHit hit, ComposeSearchResult result)
    {
        var preview = ComposeSearchCards.Preview(hit);
        var choice = new ComposeChoice(hit.Contract.Provider, hit.Contract.ProductCode, hit.Contract.Lot, result.Municipality, result.RedactedQuery, hit.Contract.Key);
        var thumbnail = new ThumbnailCard
        {
            Title = preview.Title,
            Subtitle = preview.Subtitle,
            Text = preview.Text,
            Tap = new CardAction { Type = "invoke", Title = preview.Title, Value = choice },
        };
        return MessagingExtensionAttachment.AdaptiveCard(cards.Contract(hit, result.DataDate).Element, thumbnail);
    }

    /// <summary>The result chosen: the card as the contract stands now, and the search counted in the question log.</summary>
    private async Task<InvokeResponse?> SelectAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (ChoiceFrom(activity.Value) is not { IsBounded: true } choice) return null;
        if (await search.ChooseAsync(choice, Askers.IdOf(activity), municipalities.Of(activity), cancellationToken) is not { } hit)
            return MessagingExtensionResponse.Message(ComposeSearchTexts.Gone).ToInvokeResponse();
        var thumbnail = ComposeSearchCards.Preview(hit);
        var card = cards.Contract(hit, calendar.Today);
        return MessagingExtensionResponse.Results([MessagingExtensionAttachment.AdaptiveCard(card.Element,
            new ThumbnailCard { Title = thumbnail.Title, Subtitle = thumbnail.Subtitle, Text = thumbnail.Text })]).ToInvokeResponse();
    }

    private static ComposeChoice? ChoiceFrom(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object }) return null;
        try
        {
            return value.Value.Deserialize<ComposeChoice>(BotJson.Options) is { Provider: not null, ProductCode: not null } choice ? choice : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private async Task<InvokeResponse> SettingsUrlAsync(Activity activity, CancellationToken cancellationToken)
    {
        var current = Askers.IdOf(activity) is { } asker ? (await search.PreferencesAsync(asker, cancellationToken)).DefaultMunicipality : null;
        var url = settingsPage.Url(current ?? municipalities.Of(activity), await search.MunicipalitiesAsync(cancellationToken));
        return MessagingExtensionResponse.Settings(url).ToInvokeResponse();
    }

    /// <summary>The settings page's state: {"gemeente": "..."} (empty clears it); anything else, such as a cancel, changes nothing.</summary>
    private async Task<InvokeResponse?> SaveSettingAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (Askers.IdOf(activity) is not { } asker) return null;
        if (ComposeSettingsPage.MunicipalityFrom(activity.Value) is not { } chosen) return new InvokeResponse(StatusCodes.Status200OK);
        var (_, problem) = await search.SetDefaultMunicipalityAsync(asker, chosen.Length == 0 ? null : chosen, cancellationToken);
        return problem is null
            ? new InvokeResponse(StatusCodes.Status200OK)
            : MessagingExtensionResponse.Message(problem).ToInvokeResponse();
    }

    /// <summary>"Vraag TeamBot" on a message: first a dialog with the message as TeamBot reads it, redacted.</summary>
    private async Task<InvokeResponse?> FetchTaskAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (MessagingExtensionAction.From(activity.Value) is not { CommandId: AskCommand } action) return null;
        var redacted = await search.RedactAsync(action.MessageText ?? "", cancellationToken);
        var dialog = cards.AskDialog(redacted, QuestionInput, options.Value.MaxQuestionLength);
        return TaskModuleResponse.Card("Vraag TeamBot", dialog.Element).ToInvokeResponse();
    }

    /// <summary>The question asked as in chat (redacted first, logged), and its answer as a card ready to send.</summary>
    private async Task<InvokeResponse?> SubmitAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (MessagingExtensionAction.From(activity.Value) is not { CommandId: AskCommand } action) return null;
        var text = action.Input(QuestionInput) is { Length: > 0 } typed ? typed : action.MessageText;
        if (string.IsNullOrWhiteSpace(text)) return MessagingExtensionResponse.Message(ComposeSearchTexts.NoQuestion).ToInvokeResponse();
        if (text.Length > options.Value.MaxQuestionLength) text = text[..options.Value.MaxQuestionLength];
        var answer = await questions.AskAsync(new QuestionRequest(text, Askers.IdOf(activity), municipalities.Of(activity), AskChannel), cancellationToken);
        var card = answerCards.SharedAnswer(answer);
        var thumbnail = new ThumbnailCard { Title = "Antwoord van TeamBot", Text = ComposeSearchTexts.Excerpt(answer.Text) };
        return MessagingExtensionResponse.Results([MessagingExtensionAttachment.AdaptiveCard(card.Element, thumbnail)]).ToInvokeResponse();
    }

    /// <summary>How the question log names questions asked from a message, beside "msteams" for chat.</summary>
    public const string AskChannel = "msteams-bericht";
}
