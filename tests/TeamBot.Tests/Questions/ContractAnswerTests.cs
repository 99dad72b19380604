using TeamBot.Core.Questions;
using TeamBot.Core.Questions.Classification;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.Questions;

/// <summary>Answerable contract questions against the sample region: the right facts, and no aanbieder that is not contracted there.</summary>
public sealed class ContractAnswerTests : IAsyncLifetime
{
    private QuestionTestHost _host = null!;

    public async Task InitializeAsync() => _host = await QuestionTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public static TheoryData<string, string?, string[], string[]> Questions => new()
    {
        {
            "Welke aanbieders zijn gecontracteerd voor logeeropvang in Heerlen?", null,
            ["Autismepunt Zuid", "Stichting Gehandicaptenzorg (SGL)", "44C01", "€ 214,00 per etmaal"],
            ["Logeerhuis De Vlinder", "Zorgboerderij De Hoeve"]
        },
        {
            "wie levert kortdurend verblijf", "Beek",
            ["Logeerhuis De Vlinder", "Stichting Gehandicaptenzorg (SGL)", "jouw gemeente Beek"],
            ["Autismepunt Zuid"]
        },
        {
            "wat is het tarief van Radar voor ambulante jeugdhulp generalistisch", "Kerkrade",
            ["Radar Jeugd & Opvoeding", "€ 72,50 per uur", "45A01"],
            ["Stichting Radar,"]
        },
        {
            "Is Kompas gecontracteerd voor dyslexie in Maastricht?", null,
            ["Nee", "Kompas Jeugd-GGZ Limburg", "Dyslexiecentrum Maas & Heuvel"],
            ["Ja,"]
        },
        {
            "is kompas gecontracteerd voor dyslexie behandeling in heerlen", null,
            ["Ja", "Kompas Jeugd-GGZ Limburg", "45D02", "€ 3.980,00 per traject"],
            []
        },
        {
            "Welke aanbieders bieden BGG-ZIN ouderen in Valkenburg aan de Geul?", null,
            ["CAZZ Zorg&Co.", "Zorgcoöperatie Zuid-Limburg U.A.", "Stichting Inluzio Uitvoering Zuid", "taakgericht", "€ 641,00 per maand"],
            ["Talent B.V."]
        },
        {
            "tot wanneer loopt het contract BGG ouderen van CAZZ?", null,
            ["31-03-2027", "max. einddatum 01-04-2028"],
            []
        },
        {
            "Wat is de productcode van logeeropvang?", null,
            ["44C01"],
            []
        },
        {
            "Wat houdt 45A05 in?", null,
            ["Multisysteemtherapie (MST)", "45A05"],
            []
        },
        {
            "Welke uitvoeringsvariant heeft Talent voor BGI-ZIN?", null,
            ["Talent B.V.", "outputgericht"],
            ["taakgericht"]
        },
        {
            "Wie is de contractmanager van Mondriaan?", null,
            ["Sandra Coenen", "SUMMA - Stichting Mondriaan"],
            []
        },
        {
            "Wat is het telefoonnummer van d'elfant?", null,
            ["D'Elfant Assist B.V.", "Luuk Offermans"],
            []
        },
        {
            "Welke contracten zijn beëindigd in Heerlen?", null,
            ["Zorgboerderij De Hoeve", "beëindigd per 30-06-2025", "Stap Verder LVB Zorg", "Autismepunt Zuid"],
            []
        },
        {
            "Welke aanbieders in Kerkrade hebben autisme als specialisatie?", null,
            ["Autismepunt Zuid", "Stichting Gehandicaptenzorg (SGL)"],
            ["Zorgboerderij De Hoeve"]
        },
        {
            "Bij wie kan ik terecht voor dagbesteding in Landgraaf?", null,
            ["Radar Jeugd & Opvoeding", "Stichting Gehandicaptenzorg (SGL)"],
            ["Zorgboerderij De Hoeve", "Logeerhuis De Vlinder"]
        },
        {
            "Is Stap Verder nog gecontracteerd voor kamertraining in Brunssum?", null,
            ["Nee", "beëindigd per 31-12-2025", "De Wissel Jeugdzorg"],
            ["Ja,"]
        },
        {
            // A permission that asks only whether the aanbieder may be used there is a contract question with a ja or nee.
            "Mag ik Gezinshuizen Heuvelland inzetten voor begeleiding individueel jeugd?", "Kerkrade",
            ["Nee, Gezinshuizen Heuvelland", "Radar Jeugd & Opvoeding"],
            ["Ja,"]
        },
        {
            "Mag ik Autismepunt Zuid inzetten voor logeeropvang?", "Heerlen",
            ["Ja, Autismepunt Zuid is in Heerlen gecontracteerd", "44C01"],
            []
        },
        {
            // "crisiscontract" is about the crisis products; a head the region does not know is no contract of it.
            "Geldt het crisiscontract van Spoed4Jeugd Zuid-Limburg ook voor Maastricht?", null,
            ["Ja, Spoed4Jeugd Zuid-Limburg is in Maastricht gecontracteerd", "46A01"],
            []
        },
        {
            "Welk nummer heeft Stap Verder LVB Zorg?", null,
            ["045-0000 022", "Floor Kleijnen"],
            ["€"]
        },
        {
            // The contract managers of the aanbieders contracted for a product, when there are few.
            "Wie beheert het contract voor dyslexie?", null,
            ["Sandra Coenen", "Marloes Vinken", "Dyslexiecentrum Maas & Heuvel"],
            ["€"]
        },
        {
            "Met wie moet ik schakelen bij Pleegzorg Mergelland?", null,
            ["Jesse Quaedvlieg", "045-0000 015"],
            ["€"]
        },
        {
            "Wie bel ik voor een spoedplaatsing jeugd?", null,
            ["Spoed4Jeugd Zuid-Limburg", "043-0000 023"],
            []
        },
        {
            // Ja only because nothing of the aanbieder is still in force there.
            "Is het contract met Zorgboerderij De Hoeve gestopt?", "Heerlen",
            ["Ja, Zorgboerderij De Hoeve is in Heerlen niet meer gecontracteerd", "30-06-2025", "Radar Jeugd & Opvoeding"],
            []
        },
        {
            // The client's phone number, redacted to [TELEFOON], does not make it a question about a phone number.
            "Is het contract met Zorgboerderij De Hoeve gestopt? Mevrouw Jansen, BSN 111222333, 06-12345678", "Heerlen",
            ["Zorgboerderij De Hoeve is in Heerlen niet meer gecontracteerd", "30-06-2025"],
            ["06-00000020", "111222333", "Jansen"]
        },
        {
            "Is het contract met Radar Jeugd & Opvoeding gestopt?", "Heerlen",
            ["Radar Jeugd & Opvoeding"],
            ["Ja,"]
        },
        {
            "Wie heeft de cliënten van De Hoeve overgenomen?", null,
            ["beëindigd per 30-06-2025", "cliënten overgedragen aan Radar Jeugd & Opvoeding"],
            []
        },
        {
            // "de cliënt" alone describes no one: whether the aanbieder may be used is a verwijsgids question.
            "Kan ik de cliënt naar De Wissel Jeugdzorg sturen voor kamertraining?", "Heerlen",
            ["Ja, De Wissel Jeugdzorg is in Heerlen gecontracteerd", "44D01"],
            []
        },
        {
            "Rijdt Zorgvervoer Mergelland ook voor Gulpen-Wittem?", null,
            ["Nee, Zorgvervoer Mergelland B.V. is in Gulpen-Wittem niet gecontracteerd", "Kinderdagcentrum De Speelbrug"],
            ["Ja,"]
        },
        {
            "Welke aanbieders zijn gecontracteerd voor logeeropvnag in Maastrcht?", null,
            ["Stichting Gehandicaptenzorg (SGL)", "Maastricht"],
            ["Autismepunt Zuid", "Logeerhuis De Vlinder"]
        },
    };

    [Theory]
    [MemberData(nameof(Questions))]
    public async Task A_contract_question_is_answered_with_the_right_facts_and_only_contracted_aanbieders(
        string question, string? municipality, string[] expected, string[] forbidden)
    {
        var answer = await _host.AskAsync(question, municipality);

        Assert.Equal(QuestionCategory.Contract, answer.Category);
        Assert.Equal(QuestionOutcome.Answered, answer.Outcome);
        foreach (var fact in expected) Assert.Contains(fact, answer.Text);
        foreach (var wrong in forbidden) Assert.DoesNotContain(wrong, answer.Text);
        Assert.Contains(answer.Sources, s => s.WireKind == "verwijsgids");
    }

    [Fact]
    public async Task Without_a_gemeente_the_answer_is_for_the_whole_region_and_says_so()
    {
        var answer = await _host.AskAsync("Welke aanbieders leveren pleegzorg?");

        Assert.Contains("Pleegzorg Mergelland", answer.Text);
        Assert.Contains("geldt voor de hele regio", answer.Text);
    }

    [Fact]
    public async Task A_gemeente_named_in_the_question_wins_over_the_askers_gemeente()
    {
        var answer = await _host.AskAsync("Wie levert logeeropvang in Stein?", municipality: "Heerlen");

        Assert.Contains("in Stein", answer.Text);
        Assert.Contains("Logeerhuis De Vlinder", answer.Text);
        Assert.DoesNotContain("Autismepunt Zuid", answer.Text);
    }

    [Fact]
    public async Task An_aanbieder_the_region_does_not_know_is_said_to_be_not_contracted_with_the_alternatives()
    {
        var answer = await _host.AskAsync("Is Zonnebloem Jeugdhulp gecontracteerd voor dyslexie in Beek?");

        Assert.Contains("niet in de contracten van deze regio", answer.Text);
        Assert.Contains("Dyslexiecentrum Maas & Heuvel", answer.Text);
    }

    [Fact]
    public async Task A_document_question_is_answered_with_a_passage_and_cites_document_and_section()
    {
        var answer = await _host.AskAsync("Binnen hoeveel weken moet een aanbieder declareren?");

        Assert.Equal("rule", answer.Intent);
        Assert.Contains("acht weken", answer.Text);
        var source = Assert.Single(answer.Sources);
        Assert.Equal("document", source.WireKind);
        Assert.Contains("Declaratie", source.Title);
        Assert.NotNull(source.Section);
    }

    [Fact]
    public async Task A_signal_about_an_aanbieder_not_keeping_its_agreements_goes_to_contract_management()
    {
        var answer = await _host.AskAsync("Radar Jeugd & Opvoeding houdt zich niet aan de afspraken over wachttijden, cliënten wachten maanden.");

        Assert.Equal(QuestionCategory.Contract, answer.Category);
        Assert.Equal("provider_signal", answer.Intent);
        Assert.True(answer.Escalate);
        Assert.Contains("contractmanagement", answer.Text);
    }

    [Theory]
    [InlineData("Welke contracten lopen af voor mrt 2027?", "vóór 01-03-2027")]
    [InlineData("welke contracten eindigen in 2027", "einddatum in 2027")]
    [InlineData("Welke contracten lopen af voor 31-02-2027?", "Lopende contracten")]
    [InlineData("Welke contracten eindigen binnen 99999999999 maanden?", "Lopende contracten")]
    public async Task A_date_in_a_question_is_read_as_Dutch_writes_it_and_an_impossible_one_is_ignored(string question, string expected)
    {
        var answer = await _host.AskAsync(question, "Heerlen");

        Assert.Equal(QuestionCategory.Contract, answer.Category);
        Assert.Contains(expected, answer.Text);
        Assert.DoesNotContain("  ", answer.Text);
    }
}
