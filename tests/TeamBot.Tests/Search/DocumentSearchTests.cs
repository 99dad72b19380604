using TeamBot.Core.Search;

namespace TeamBot.Tests.Search;

public sealed class DocumentSearchTests(SampleSearchIndex sample) : IClassFixture<SampleSearchIndex>
{
    private const string Protocol = "declaratieprotocol-jeugd-wmo.md";
    private const string Dvo = "dvo-jeugdhulp-zuid-limburg.md";
    private const string Instruction = "toekenningsinstructie.md";
    private const string Wmo = "wmo-begeleiding-werkinstructie.txt";

    /// <summary>Questions as a caseworker asks them, mostly in other words than the document uses.</summary>
    public static TheoryData<string, string, string> ContractQuestions => new()
    {
        { "binnen hoeveel weken moet ik declareren?", Protocol, "3.2 Declaratietermijn" },
        { "wat is de procedure bij spoed?", Instruction, "4.2 Procedure" },
        { "mag een aanbieder onderaannemers inzetten?", Dvo, "8. Onderaanneming" },
        { "hoe lang mag de wachttijd zijn?", Dvo, "5.2 Wachttijden" },
        { "wat als de cliënt niet komt opdagen bij een afspraak?", Protocol, "5.1 Ambulante hulp" },
        { "wie moet ik bellen als er een crisis is buiten kantoortijd?", Instruction, "4.2 Procedure" },
        { "mag logeeropvang samen met dagbesteding?", Protocol, "6. Stapeling van producten" },
        { "wat doe ik als een huisarts een kind doorverwijst?", Instruction, "6. Verwijzing via huisarts" },
        { "mag een afgekeurde declaratie opnieuw worden ingediend?", Protocol, "7. Correcties en creditering" },
        // A typo of a word the documents or their synonyms have reads as that word.
        { "hoe lang heeft een aanbieder om een afgekeurde declaratie te corigeren", Protocol, "7. Correcties en creditering" },
        { "hoe lang is de opzegtermijn voor een aanbieder?", Dvo, "11.1 Opzegging door opdrachtnemer" },
        { "hoeveel etmalen afwezigheid mag een verblijfsaanbieder doordeclareren?", Protocol, "5.3 Verblijf" },
        { "moet een medewerker van de aanbieder een VOG hebben?", Dvo, "4.2 Personeel" },
        { "hoe dien ik een klacht in over een aanbieder?", Dvo, "9.2 Klachten van gemeenten" },
        { "is logeeropvang ingekocht voor de Wmo?", Wmo, "2. Ingekochte producten" },
        { "wanneer betaalt de gemeente een declaratie uit?", Protocol, "3.3 Betaling" },
        { "wat moet er in een beschikking staan?", Instruction, "3.3 De beschikking" },
        { "welke variant geldt voor begeleiding in Meerssen?", Wmo, "6.2 Meerssen" },
        { "hoe vaak voert het inkoopteam contractgesprekken met een aanbieder?", Dvo, "10.1 Contractgesprekken" },
        { "wanneer eindigt het contract voor thuisvervangend wonen?", Dvo, "3.2 Verlenging" },
        { "mag een aanbieder starten zonder toewijzing?", Dvo, "5.1 Geen hulp zonder toewijzing" },
        { "wat is het tarief van pleegzorg per etmaal?", Protocol, "3.5 Tarieven per eenheid" },
        { "hoe lang is een toewijzing voor dyslexiebehandeling geldig?", Instruction, "3.4 Omvang en looptijd" },
        { "wat gebeurt er als de aanbieder de wachttijd niet haalt?", Dvo, "5.2 Wachttijden" },
        { "welk bericht gebruik ik om een toewijzing te wijzigen?", Dvo, "6.1 Wijziging van omvang of product" },
        { "hoeveel no-shows per kwartaal mag een aanbieder declareren?", Protocol, "5.1 Ambulante hulp" },
    };

    public static TheoryData<string> OffTopicQuestions => new()
    {
        "wat is het weer morgen",
        "hoe reset ik mijn wachtwoord",
        "wie wint het WK voetbal?",
        "hoe laat gaat de kantine open?",
        "kan ik een parkeerkaart aanvragen voor mijn auto?",
        "hoeveel vakantiedagen heb ik nog?",
        "wie is de burgemeester van Heerlen?",
        "heb je een recept voor appeltaart?",
    };

    public static TheoryData<string> HostileInputs => new()
    {
        "AND OR (",
        "\"declareren",
        "declar* OR wacht?tijd~2 AND ^3 [1 TO 5] {a TO b}",
        "*",
        "\\",
        "<script>alert('x')</script><b>wachttijd</b>",
        "'; DROP TABLE sections; --",
        "🙂🙂🙂 spoed 🚑",
        "\0\u0001\u001f\u200b\ufeff",
        "\ud83d",
        "declaratietermijn" + string.Concat(Enumerable.Repeat("jeugdhulp", 40)),
        string.Concat(Enumerable.Repeat("wachttijd declareren spoed ", 400)),
        new string('a', 10_000),
        string.Join(' ', Enumerable.Range(0, 2_000).Select(i => $"woord{i}")),
    };

    [Theory]
    [MemberData(nameof(ContractQuestions))]
    public void A_contract_question_is_answered_from_the_section_that_holds_the_answer(string question, string fileName, string heading)
    {
        var hits = sample.Index.Search(question);

        Assert.NotEmpty(hits);
        var top = hits[0];
        Assert.Equal(fileName, top.FileName);
        Assert.Contains(heading, top.SectionPath, StringComparison.Ordinal);
        Assert.True(top.Confidence >= DocumentSearchIndex.AnswerThreshold, $"confidence {top.Confidence:F2} for '{question}'");
    }

    [Theory]
    [MemberData(nameof(OffTopicQuestions))]
    public void An_off_topic_question_gets_no_answer_the_bot_is_sure_of(string question)
    {
        var hits = sample.Index.Search(question);

        Assert.True(hits.Count == 0 || hits[0].Confidence < DocumentSearchIndex.AnswerThreshold,
            $"'{question}' answered from {(hits.Count > 0 ? hits[0].SectionPath : null)} with confidence {(hits.Count > 0 ? hits[0].Confidence : 0):F2}");
    }

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public void Any_text_is_searched_without_throwing(string input)
    {
        var hits = sample.Index.Search(input, maxHits: 5);

        Assert.True(hits.Count <= 5);
        Assert.All(hits, hit => Assert.InRange(hit.Confidence, 0, 1));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("wat is het?")]
    public void A_question_without_topic_words_finds_nothing(string? question)
    {
        Assert.Empty(sample.Index.Search(question!));
    }

    [Fact]
    public void Passages_are_at_most_three_sentences_quoted_from_the_section_text_a_table_row_with_its_header()
    {
        foreach (var question in ContractQuestions.Select(row => (string)row[0]))
        {
            foreach (var hit in sample.Index.Search(question, maxHits: 5))
            {
                var sectionText = sample.SectionOf(hit).Text;
                Assert.NotEmpty(hit.Passage);
                Assert.True(hit.Passage.Length <= 450, $"{hit.Passage.Length} characters for '{question}'");
                // A table row is quoted with its header, cell by cell ("Maximale looptijd: 24 maanden"): every part is the section's.
                foreach (var part in hit.Passage.TrimEnd('…').Split('\n').SelectMany(QuotedParts))
                    Assert.Contains(part, sectionText, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData("mag logeeropvang samen met dagbesteding?", "logeeropvang en dagbesteding overdag vullen elkaar aan")]
    [InlineData("wat is het tarief van pleegzorg per etmaal?", "Productcode: 44A01; Product: Pleegzorg; Variant: inspanningsgericht; Eenheid: etmaal; Tarief: € 58,90")]
    [InlineData("wanneer betaalt de gemeente een declaratie uit?", "binnen 30 dagen na ontvangst")]
    [InlineData("moet een medewerker van de aanbieder een VOG hebben?", "Verklaring Omtrent het Gedrag (VOG)")]
    // "Declaraties die na deze termijn binnenkomen" follows an example: the passage goes back to the termijn itself.
    [InlineData("wat gebeurt er met declaraties die te laat binnenkomen?", "binnen acht weken na het einde van de maand")]
    public void The_passage_is_the_part_of_the_section_that_answers(string question, string answer)
    {
        var top = sample.Index.Search(question)[0];

        Assert.Contains(answer, top.Passage, StringComparison.Ordinal);
        Assert.True(top.Passage.Length < sample.SectionOf(top).Text.Length, "the passage should be shorter than its section");
    }

    [Fact]
    public void A_synonym_finds_the_words_the_document_uses()
    {
        // The Wmo instruction says "kortdurend verblijf", never "logeeropvang".
        var top = sample.Index.Search("is logeeropvang ingekocht voor de Wmo?")[0];

        Assert.Equal(Wmo, top.FileName);
        Assert.Contains("kortdurend verblijf", top.Passage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("wanneer betaalt de gemeente?", "wanneer gaat de gemeente betalen?")]
    [InlineData("hoe lang duurt een crisis?", "hoe lang mag een crisis duren?")]
    [InlineData("verwijst de huisarts?", "verwijzen huisartsen?")]
    [InlineData("welke declaraties?", "welke declaratie?")]
    public void Another_form_of_the_same_words_finds_the_same_section(string question, string otherForm)
    {
        var top = sample.Index.Search(question)[0];
        var otherTop = sample.Index.Search(otherForm)[0];

        Assert.Equal((top.FileName, top.SectionPath), (otherTop.FileName, otherTop.SectionPath));
    }

    [Fact]
    public void Hits_come_best_first_and_no_more_than_asked()
    {
        const string question = "hoe lang mag een toewijzing lopen?";

        var five = sample.Index.Search(question, maxHits: 5);

        Assert.Equal(5, five.Count);
        Assert.Equal(five.OrderByDescending(hit => hit.Score).Select(hit => hit.SectionPath), five.Select(hit => hit.SectionPath));
        Assert.Single(sample.Index.Search(question, maxHits: 1));
        Assert.Empty(sample.Index.Search(question, maxHits: 0));
        Assert.Empty(sample.Index.Search(question, maxHits: -1));
    }

    [Fact]
    public void Each_hit_names_its_document_and_section_for_the_citation()
    {
        var top = sample.Index.Search("hoe lang mag de wachttijd zijn?")[0];

        Assert.Equal("Dienstverleningsovereenkomst Jeugdhulp Zuid-Limburg 2023 (uittreksel)", top.DocumentTitle);
        Assert.Equal("5.2 Wachttijden", top.Heading);
        Assert.EndsWith("5. Toegang, toewijzing en start van de hulp > 5.2 Wachttijden", top.SectionPath, StringComparison.Ordinal);
    }

    [Fact]
    public void Concurrent_searches_give_the_same_answers_as_searches_one_at_a_time()
    {
        var questions = ContractQuestions.Select(row => (string)row[0]).ToList();
        var expected = questions.Select(question => Describe(sample.Index.Search(question))).ToList();

        var actual = new string[questions.Count * 20];
        Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            i => actual[i] = Describe(sample.Index.Search(questions[i % questions.Count])));

        for (var i = 0; i < actual.Length; i++) Assert.Equal(expected[i % questions.Count], actual[i]);
    }

    [Fact]
    public void An_index_without_documents_finds_nothing()
    {
        using var empty = new DocumentSearchIndex([]);

        Assert.Equal(0, empty.SectionCount);
        Assert.Empty(empty.Search("binnen hoeveel weken moet ik declareren?"));
    }

    [Fact]
    public void A_disposed_index_refuses_to_search()
    {
        var index = new DocumentSearchIndex(sample.Documents);
        index.Dispose();
        index.Dispose();

        Assert.Throws<ObjectDisposedException>(() => index.Search("spoed"));
    }

    private static string Describe(IReadOnlyList<DocumentSearchHit> hits) =>
        string.Join("\n", hits.Select(hit => $"{hit.FileName}|{hit.SectionPath}|{hit.Score}|{hit.Confidence}|{hit.Passage}"));

    private static IEnumerable<string> QuotedParts(string line) =>
        line.Split("; ").SelectMany(pair => pair.Split(": ", 2)).Select(part => part.Trim()).Where(part => part.Length > 0);
}
