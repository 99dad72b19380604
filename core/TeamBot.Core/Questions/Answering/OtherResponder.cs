using TeamBot.Core.Language;

namespace TeamBot.Core.Questions.Answering;

/// <summary>Greetings, thanks, help and everything outside contracts and casuïstiek: short, friendly, and pointing the way.</summary>
internal static class OtherResponder
{
    private static readonly string[] Greetings = ["hoi", "hallo", "hey", "hi", "goedemorgen", "goedemiddag", "goedenavond", "dag", "hoihoi", "moi", "yo", "goeiemorgen"];
    private static readonly string[] Thanks = ["dank", "bedankt", "thanks", "thx", "merci", "top", "super", "fijn", "helder", "duidelijk"];
    private static readonly string[] Help = ["help", "helpen", "kun", "kan", "wie", "werkt", "uitleg", "functies", "bot"];
    private static readonly string[] ItWords = ["inloggen", "wachtwoord", "teams", "laptop", "printer", "storing", "error", "foutmelding", "account", "vpn", "outlook", "computer", "scherm", "wifi", "internet", "ggk", "suite", "installeren", "update", "crasht", "vastgelopen"];

    public const string HelpText =
        "Ik ben TeamBot, de assistent van het inkoopteam Sociaal Domein. Ik beantwoord contractvragen meteen, met bron: " +
        "welke aanbieders gecontracteerd zijn voor een product of specialisatie in jouw gemeente, tarieven, productcodes, " +
        "uitvoeringsvarianten, einddata, contactpersonen en contractmanagers, en wat de DVO, het declaratieprotocol en de " +
        "toekenningsinstructie zeggen. Vragen over één cliënt (casuïstiek) beantwoordt de toegang zelf; daar wijs ik je de weg. " +
        "Wat ik niet weet, zet ik door naar het inkoopteam.";

    public static AnswerDraft Respond(string redactedQuestion)
    {
        var tokens = TextFolding.Tokens(redactedQuestion);
        if (tokens.Length == 0)
            return Draft("empty", "Ik zie geen vraag. Typ je vraag over een contract, een aanbieder of een product, dan zoek ik het op.");
        if (Any(tokens, ItWords))
            return Draft("it", "Voor computer- en inlogproblemen kan ik je niet helpen: neem contact op met de servicedesk van je eigen gemeente. Contractvragen beantwoord ik graag.");
        if (Any(tokens, Thanks))
            return Draft("thanks", "Graag gedaan! Stel gerust je volgende vraag.");
        if (Any(tokens, Greetings) && tokens.Length <= 4)
            return Draft("greeting", "Hallo! Waarmee kan ik je helpen? Vraag me bijvoorbeeld welke aanbieders logeeropvang bieden in jouw gemeente.");
        if (Any(tokens, Help))
            return Draft("help", HelpText);
        return Draft("other", "Daar kan ik je niet mee helpen. Ik beantwoord vragen over contracten, aanbieders, producten en de verwijsgids. " +
                              "Typ \"help\" om te zien wat ik kan.");
    }

    private static bool Any(string[] tokens, string[] words) => tokens.Any(t => words.Contains(t));

    private static AnswerDraft Draft(string intent, string text) => new(intent, text, [], QuestionOutcome.Answered);
}
