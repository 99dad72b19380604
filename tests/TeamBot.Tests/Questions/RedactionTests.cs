using TeamBot.Core.Questions.Redaction;
using TeamBot.Core.Regions;
using TeamBot.Core.Regions.Import;

namespace TeamBot.Tests.Questions;

public sealed class RedactionTests
{
    private static readonly Lazy<RedactionLexicon> SampleLexicon = new(() => RedactionLexicon.FromRegion(LoadSampleRegion()));

    private static PersonalDataRedactor Redactor => new(SampleLexicon.Value);

    private static RegionData LoadSampleRegion()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "samples", "region");
        var parsed = RegionWorkbookParser.Parse("voorbeeld.xlsx", SampleWorkbook.Build(folder), new DateOnly(2026, 11, 22));
        return parsed.Data ?? throw new InvalidOperationException(string.Join("\n", parsed.Problems));
    }

    private static string Redacted(string text) => Redactor.Redact(text).Text;

    [Theory]
    [InlineData("Cliënt met BSN 123456782 vraagt om verlenging.", "Cliënt met BSN [BSN] vraagt om verlenging.")]
    [InlineData("bsn: 123.456.782", "bsn: [BSN]")]
    [InlineData("BSN 111 222 333 staat in het dossier.", "BSN [BSN] staat in het dossier.")]
    [InlineData("burgerservicenummer 1234.56.782 graag controleren", "burgerservicenummer [BSN] graag controleren")]
    [InlineData("Het BSN 12345672 mist de voorloopnul.", "Het BSN [BSN] mist de voorloopnul.")]
    public void Bsn_numbers_that_pass_the_elfproef_are_redacted(string question, string expected) =>
        Assert.Equal(expected, Redacted(question));

    [Theory]
    [InlineData("Ordernummer 123456789 is onbekend.")]
    [InlineData("Het inkoopnummer 987654321 staat op de factuur.")]
    [InlineData("KvK-nummer 12345672 van de aanbieder klopt niet.")]
    [InlineData("AGB-code 12345672 hoort bij Autismepunt Zuid.")]
    [InlineData("Het bedrag is 123.456.782,50 euro per jaar.")]
    public void Numbers_that_fail_the_elfproef_or_carry_another_label_stay(string question) =>
        Assert.Equal(question, Redacted(question));

    [Theory]
    [InlineData("De cliënt is geboren op 12-03-2011.", "De cliënt is geboren op [DATUM].")]
    [InlineData("Jongen, geb. 12/3/2011, woont bij zijn oma.", "Jongen, geb. [DATUM], woont bij zijn oma.")]
    [InlineData("Geboortedatum: 2011-03-12", "Geboortedatum: [DATUM]")]
    [InlineData("DOB 12 maart 2011, verwezen door de huisarts", "DOB [DATUM], verwezen door de huisarts")]
    [InlineData("Wat kost 45D01 voor iemand geboren op 4 okt. 2015?", "Wat kost 45D01 voor iemand geboren op [DATUM]?")]
    public void Dates_of_birth_are_always_redacted(string question, string expected) =>
        Assert.Equal(expected, Redacted(question));

    [Theory]
    [InlineData("Het kind is op 01-09-2025 gestart bij de dagbehandeling.", "Het kind is op [DATUM] gestart bij de dagbehandeling.")]
    [InlineData("Mijn cliënt Jan de Groot krijgt 45A01 tot 31-12-2026; kan dat verlengd worden?", "Mijn cliënt [NAAM] krijgt 45A01 tot [DATUM]; kan dat verlengd worden?")]
    [InlineData("De cliënt woont sinds maart 2019 in Heerlen en is in 2011 geboren.", "De cliënt woont sinds maart 2019 in Heerlen en is in 2011 geboren.")]
    public void Full_dates_in_case_questions_are_redacted_but_a_year_or_month_alone_stays(string question, string expected) =>
        Assert.Equal(expected, Redacted(question));

    [Theory]
    [InlineData("Wat is de einddatum 31-12-2027 van het contract met Stichting Radar?")]
    [InlineData("Loopt het contract van Radar Jeugd & Opvoeding voor 45A01 na 31-12-2028 nog door tot 31-12-2030?")]
    [InlineData("Per 01-07-2025 zijn de cliënten van Zorgboerderij De Hoeve overgedragen aan Radar Jeugd & Opvoeding.")]
    [InlineData("Heeft Sandra Coenen het contract met Kompas Jeugd-GGZ Limburg per 2026-01-01 verlengd?")]
    public void Contract_questions_keep_their_dates(string question) =>
        Assert.Equal(question, Redacted(question));

    [Theory]
    [InlineData("Moeder is bereikbaar op 06-12345678.", "Moeder is bereikbaar op [TELEFOON].")]
    [InlineData("Bel vader op 06 1234 5678 of +31 6 8765 4321.", "Bel vader op [TELEFOON] of [TELEFOON].")]
    [InlineData("Telefoon oma: 043-1234567", "Telefoon oma: [TELEFOON]")]
    [InlineData("Graag terugbellen via 0031 45 5712345 of (043) 321 45 67", "Graag terugbellen via [TELEFOON] of [TELEFOON]")]
    [InlineData("Graag bellen naar 06 - 1234 5678 of 06.12.34.56.78.", "Graag bellen naar [TELEFOON] of [TELEFOON].")]
    public void Phone_numbers_are_redacted(string question, string expected) =>
        Assert.Equal(expected, Redacted(question));

    [Theory]
    [InlineData("Mail naar j.jansen@gmail.com of jansen.j@ziggo.nl.", "Mail naar [EMAIL] of [EMAIL].")]
    [InlineData("Zijn adres is familie-de-vries+zorg@kpnmail.nl", "Zijn adres is [EMAIL]")]
    public void Email_addresses_are_redacted(string question, string expected) =>
        Assert.Equal(expected, Redacted(question));

    [Theory]
    [InlineData("Het gezin woont op de Kerkstraat 12 in Heerlen.", "Het gezin woont op de [ADRES] in Heerlen.")]
    [InlineData("Adres: Akerstraat 12a, 6211 AB Maastricht", "Adres: [ADRES], [POSTCODE] Maastricht")]
    [InlineData("Zij woont aan de Van der Valk Boumanweg 3 te Valkenburg aan de Geul.", "Zij woont aan de [ADRES] te Valkenburg aan de Geul.")]
    [InlineData("nieuw adres Hoofdstraat 12-2, 6411AB Heerlen", "nieuw adres [ADRES], [POSTCODE] Heerlen")]
    [InlineData("In de Grote Gracht 12 woont de cliënt sinds kort.", "In de [ADRES] woont de cliënt sinds kort.")]
    [InlineData("postcode 6221ab, huisnummer onbekend", "postcode [POSTCODE], huisnummer onbekend")]
    [InlineData("Adres cliënt: Rijksweg Zuid 112, 6161 BN Geleen.", "Adres cliënt: [ADRES], [POSTCODE] Geleen.")]
    public void Street_addresses_and_postcodes_are_redacted(string question, string expected) =>
        Assert.Equal(expected, Redacted(question));

    [Theory]
    [InlineData("De financiering 2026 loopt via de gemeente; in 2024 de kosten gestegen.")]
    [InlineData("Valt de loopbaan 2025 onder het segment?")]
    public void Years_after_words_that_end_like_streets_are_no_addresses(string question) =>
        Assert.Equal(question, Redacted(question));

    [Theory]
    [InlineData("mevrouw Van der Berg-Janssen belde over haar zoon.", "mevrouw [NAAM] belde over haar zoon.")]
    [InlineData("Dhr. de Vries wil weten of BGI-ZIN mogelijk is.", "Dhr. [NAAM] wil weten of BGI-ZIN mogelijk is.")]
    [InlineData("Gesprek gehad met de heer Jansen over zijn dochter Fleur.", "Gesprek gehad met de heer [NAAM] over zijn dochter [NAAM].")]
    [InlineData("Ik heb mw. van den Broek gesproken.", "Ik heb mw. [NAAM] gesproken.")]
    [InlineData("De zoon van Peter Smeets heeft een indicatie.", "De zoon van [NAAM] heeft een indicatie.")]
    [InlineData("Cliënt Noah krijgt begeleiding van Stichting Radar.", "Cliënt [NAAM] krijgt begeleiding van Stichting Radar.")]
    [InlineData("Het pleegkind Lieke verblijft bij Pleegzorg Mergelland.", "Het pleegkind [NAAM] verblijft bij Pleegzorg Mergelland.")]
    [InlineData("De jongere heet Daan en woont in Kerkrade.", "De jongere heet [NAAM] en woont in Kerkrade.")]
    [InlineData("Het meisje, genaamd Sophie de Wit, zit in groep 6.", "Het meisje, genaamd [NAAM], zit in groep 6.")]
    [InlineData("meneer jansen vraagt om vervoer", "meneer [NAAM] vraagt om vervoer")]
    [InlineData("Mevrouw Bakker wil overstappen naar een andere aanbieder.", "Mevrouw [NAAM] wil overstappen naar een andere aanbieder.")]
    [InlineData("Mevrouw in 't Veld heeft gebeld.", "Mevrouw [NAAM] heeft gebeld.")]
    [InlineData("Na overleg met de huisarts (dr. Bakker) is verwezen.", "Na overleg met de huisarts (dr. [NAAM]) is verwezen.")]
    public void Names_after_a_title_relation_or_naming_word_are_redacted_with_their_tussenvoegsels(string question, string expected) =>
        Assert.Equal(expected, Redacted(question));

    [Theory]
    [InlineData("Sem (9) woont bij zijn moeder.", "[NAAM] (9) woont bij zijn moeder.")]
    [InlineData("Het gaat om Lotte Janssen, 14 jaar, uit Sittard-Geleen.", "Het gaat om [NAAM], 14 jaar, uit Sittard-Geleen.")]
    [InlineData("Yara van 12 jaar heeft dyslexie.", "[NAAM] van 12 jaar heeft dyslexie.")]
    [InlineData("Aanmelding voor Jesse de Bruijn (16 jaar) bij De Wissel Jeugdzorg.", "Aanmelding voor [NAAM] (16 jaar) bij De Wissel Jeugdzorg.")]
    public void Names_before_an_age_are_redacted(string question, string expected) =>
        Assert.Equal(expected, Redacted(question));

    [Theory]
    [InlineData("Ik heb gisteren met Mohammed gesproken over de beschikking.", "Ik heb gisteren met [NAAM] gesproken over de beschikking.")]
    [InlineData("Jan Jansen woont sinds kort in Meerssen.", "[NAAM] woont sinds kort in Meerssen.")]
    [InlineData("Van Dijk vraagt of dagbesteding kan.", "[NAAM] vraagt of dagbesteding kan.")]
    [InlineData("Contact met Ahmed El Amrani over BGI.", "Contact met [NAAM] over BGI.")]
    [InlineData("Graag terugbellen naar J.P. Hendriks.", "Graag terugbellen naar [NAAM].")]
    [InlineData("Dyslexiezorg blijft onder de Jeugdwet vallen.", "Dyslexiezorg blijft onder de Jeugdwet vallen.")]
    [InlineData("Sem (9) woont bij oma. Sem gaat naar school.", "[NAAM] (9) woont bij oma. [NAAM] gaat naar school.")]
    [InlineData("Ouders: Peter en Ingrid Claassen, Dorpstraat 5, 6367 AB Voerendaal.", "Ouders: [NAAM] en [NAAM], [ADRES], [POSTCODE] Voerendaal.")]
    public void Capitalised_words_outside_the_lexicon_are_names_but_a_sentence_start_needs_a_full_name(string question, string expected) =>
        Assert.Equal(expected, Redacted(question));

    [Theory]
    [InlineData("Kan Radar Jeugd & Opvoeding MST leveren in Valkenburg aan de Geul?")]
    [InlineData("Is BGI-ZIN van Stichting Vincent van Gogh Zuid ook in Sittard-Geleen gecontracteerd?")]
    [InlineData("Ruud Habets is contractmanager van Zorgcoöperatie Zuid-Limburg U.A.; klopt dat?")]
    [InlineData("Sandra Coenen en Marloes Vinken hebben de DVO met Kompas Jeugd-GGZ Limburg besproken.")]
    [InlineData("Welke aanbieders bieden dyslexie (EED) in Eijsden-Margraten, zoals Dyslexiecentrum Maas & Heuvel?")]
    [InlineData("Toegang Jeugd Heerlen vraagt of Sociaal Team Beek ook mag verwijzen naar De Wissel Jeugdzorg.")]
    [InlineData("Valt 45C01 bij Logeerhuis De Vlinder onder Segment 3 in Gulpen-Wittem?")]
    [InlineData("Is Spoed4Jeugd Zuid-Limburg 24/7 bereikbaar voor crisisopvang in Maastricht-Heuvelland?")]
    [InlineData("Kan ik Anouk Frusch van Radar mailen over Begeleiding groep jeugd (dagbesteding)?")]
    [InlineData("Geldt de SLA met D'Elfant Assist B.V. en Probe Consultancy B.V. ook voor de Wmo?")]
    public void Region_names_stay(string question) =>
        Assert.Equal(question, Redacted(question));

    [Theory]
    [InlineData("### 3.6 Voortijdig beëindigde trajecten")]
    [InlineData("| Combinatie | Toegestaan? | Toelichting |")]
    [InlineData("1. Neem contact op met Spoed4Jeugd Zuid-Limburg.\n2. Informeer Veilig Thuis.")]
    [InlineData("Professionals zijn geregistreerd in het Kwaliteitsregister Jeugd (SKJ) of het BIG-register.")]
    public void Headings_table_cells_and_domain_terms_are_no_names(string text) =>
        Assert.Equal(text, Redacted(text));

    [Fact]
    public void A_case_question_loses_its_personal_data_but_keeps_the_region_names()
    {
        var question = "Mevrouw Jansen (geb. 12-03-1984, BSN 111222333) vraagt of Ruud Habets haar kan bellen op 06-12345678 over BGI-ZIN bij Stichting Radar in Valkenburg aan de Geul.";

        Assert.Equal(
            "Mevrouw [NAAM] (geb. [DATUM], BSN [BSN]) vraagt of Ruud Habets haar kan bellen op [TELEFOON] over BGI-ZIN bij Stichting Radar in Valkenburg aan de Geul.",
            Redacted(question));
    }

    [Fact]
    public void Spans_give_the_kind_and_position_in_the_original_text_and_never_the_value()
    {
        var question = "Bel Jan Jansen op 06-12345678 of mail jan@voorbeeld.nl.";

        var result = Redactor.Redact(question);

        Assert.Equal(
            [new RedactedSpan(PersonalDataKind.Name, 4, 10), new RedactedSpan(PersonalDataKind.Phone, 18, 11), new RedactedSpan(PersonalDataKind.Email, 38, 16)],
            result.Spans);
        Assert.Equal("Jan Jansen", question.Substring(4, 10));
        Assert.Equal("jan@voorbeeld.nl", question.Substring(38, 16));
        Assert.True(result.HasPersonalData);
    }

    public static TheoryData<string, string> FictitiousPersonalValues => new()
    {
        { "Fatima El Idrissi", "Ik bel over mevrouw Fatima El Idrissi en haar kinderen." },
        { "Kevin Schroeders", "Cliënt Kevin Schroeders heeft een nieuwe indicatie nodig." },
        { "Van den Heuvel-Smeets", "Meneer Van den Heuvel-Smeets vraagt naar zijn beschikking." },
        { "Jayden", "Jayden (15) gaat naar de dagbehandeling van Kompas Jeugd-GGZ Limburg." },
        { "Mila Hoogland", "Graag overleg over Mila Hoogland, 7 jaar, uit Landgraaf." },
        { "Pieter Gorissen", "De vader van Pieter Gorissen belde vanochtend." },
        { "Tess Ramakers", "Tess Ramakers woont sinds kort in Beek." },
        { "Ilias", "De jongen heet Ilias en zit op de basisschool." },
        { "Ruben Offermans", "Het dossier van Ruben Offermans is compleet." },
        { "Noor Lemmens", "Zus Noor Lemmens komt ook naar het gesprek." },
        { "628194821", "Het BSN van de cliënt is 628194821." },
        { "252.760.189", "BSN 252.760.189 staat verkeerd in het systeem." },
        { "507 529 170", "Kunt u BSN 507 529 170 controleren?" },
        { "121547280", "Burgerservicenummer: 121547280" },
        { "3852.80.841", "Voor 3852.80.841 is een beschikking afgegeven." },
        { "12-03-2011", "Het kind is geboren op 12-03-2011." },
        { "3/7/2009", "Jongere, geb. 3/7/2009, vraagt om kamertraining." },
        { "15 augustus 2014", "Geboortedatum 15 augustus 2014, verwezen door huisarts." },
        { "2012-11-30", "DOB: 2012-11-30" },
        { "01.02.2010", "De dochter is op 01.02.2010 geboren in Heerlen." },
        { "06-23456789", "Moeder is bereikbaar op 06-23456789 na 17 uur." },
        { "+31 6 34567890", "Vader belt vanaf +31 6 34567890." },
        { "043-3214567", "Het huisnummer van oma is 043-3214567." },
        { "0031 45 5712345", "Graag terugbellen op 0031 45 5712345." },
        { "mila.hoogland@hotmail.com", "Stuur de beschikking naar mila.hoogland@hotmail.com." },
        { "k.schroeders@ziggo.nl", "Zijn e-mail is k.schroeders@ziggo.nl" },
        { "fam-jansen@kpnmail.nl", "Mail fam-jansen@kpnmail.nl over de wachtlijst." },
        { "Kerkstraat 14", "Het gezin woont op de Kerkstraat 14 in Kerkrade." },
        { "Prins Bernhardlaan 22-1", "Nieuw adres: Prins Bernhardlaan 22-1, Sittard." },
        { "6411 CD", "Postcode van de cliënt is 6411 CD." },
    };

    [Theory]
    [MemberData(nameof(FictitiousPersonalValues))]
    public void No_fictitious_personal_value_survives_redaction(string value, string sentence)
    {
        var redacted = Redacted(sentence);

        Assert.DoesNotContain(value, redacted, StringComparison.OrdinalIgnoreCase);
        foreach (var part in value.Split(' ', '-').Where(p => p.Length > 3 && char.IsUpper(p[0])))
            Assert.DoesNotContain(part, redacted, StringComparison.Ordinal);
    }

    [Fact]
    public void All_thirty_fictitious_values_are_gone_from_one_long_text()
    {
        var values = FictitiousPersonalValues.Select(row => (string)row[0]).ToList();
        var text = string.Join(" ", FictitiousPersonalValues.Select(row => (string)row[1]));

        var redacted = Redacted(text);

        Assert.Equal(30, values.Count);
        Assert.All(values, value => Assert.DoesNotContain(value, redacted, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("   ", "   ")]
    [InlineData("\t\r\n", "\t\r\n")]
    [InlineData("😀🙂👍🏽", "😀🙂👍🏽")]
    [InlineData("<p>Hallo <b>Jan Jansen</b>, BSN <i>123456782</i></p>", "<p>Hallo <b>[NAAM]</b>, BSN <i>[BSN]</i></p>")]
    [InlineData("'; DROP TABLE vragen; -- SELECT * FROM clienten WHERE 1=1", "'; DROP TABLE vragen; -- SELECT * FROM clienten WHERE 1=1")]
    [InlineData("\u0000\u0007BSN\u0002123456782\u001b", "\u0000\u0007BSN\u0002[BSN]\u001b")]
    [InlineData("[NAAM] belde over [BSN] en [DATUM].", "[NAAM] belde over [BSN] en [DATUM].")]
    [InlineData("@@@ ... --- ((( ))) 0000 00-00-0000 +31", "@@@ ... --- ((( ))) 0000 00-00-0000 +31")]
    public void Unusual_input_is_handled_without_throwing(string input, string expected) =>
        Assert.Equal(expected, Redacted(input));

    [Fact]
    public void Very_long_and_repetitive_input_is_handled()
    {
        var inputs = new[]
        {
            string.Concat(Enumerable.Repeat("Mevrouw Jansen (geb. 12-03-1984) woont op de Kerkstraat 12. ", 170)),
            new string('a', 10_000),
            new string('9', 10_000),
            string.Concat(Enumerable.Repeat("a@", 5_000)),
            string.Concat(Enumerable.Repeat("Jan ", 2_500)),
            string.Concat(Enumerable.Repeat("06-", 3_400)),
            string.Concat(Enumerable.Repeat("Kerkstraatweg ", 800)),
        };

        foreach (var input in inputs)
        {
            var result = Redactor.Redact(input);
            AssertSpansAreConsistent(input, result);
        }
    }

    [Fact]
    public void Random_text_never_throws_and_spans_stay_consistent()
    {
        const string pool = "abcdeijnrstvzABDJKMSVZ0123456789 .,:;-/()@+'’\n\téëöü😀\u0000\u200b<>&\"";
        var random = new Random(20261122);
        for (var round = 0; round < 2_000; round++)
        {
            var length = random.Next(0, 300);
            var chars = new char[length];
            for (var i = 0; i < length; i++) chars[i] = pool[random.Next(pool.Length)];
            var input = new string(chars);

            AssertSpansAreConsistent(input, Redactor.Redact(input));
        }
    }

    [Theory]
    [InlineData("Overmaken naar NL91 ABNA 0417 1643 00 graag.", "Overmaken naar [IBAN] graag.")]
    [InlineData("IBAN: nl91abna0417164300", "IBAN: [IBAN]")]
    [InlineData("Rekening BE68539007547034 van oma.", "Rekening [IBAN] van oma.")]
    public void Ibans_that_pass_the_mod_97_check_are_redacted_whole(string question, string expected) =>
        Assert.Equal(expected, Redacted(question));

    [Theory]
    [InlineData("Het contract 45A01 loopt tot 31-12-2027 in Heerlen.")]
    [InlineData("In het dossier staat 45A01 als product.")]
    [InlineData("Het dossier 45B02 van de aanbieder is compleet.")]
    [InlineData("Perceel 2 en segment 3 gelden voor 02A01 en 07A02.")]
    [InlineData("De code NL12 staat voor de regio.")]
    public void Product_codes_dates_and_short_codes_are_no_iban_file_number_or_kenteken(string question) =>
        Assert.Equal(question, Redacted(question));

    [Theory]
    [InlineData("cliëntnummer 20231187 wacht", "cliëntnummer [CLIENTNUMMER] wacht")]
    [InlineData("Dossiernr. 2024-7781.", "Dossiernr. [CLIENTNUMMER].")]
    [InlineData("Auto met kenteken 12 ABC 3 rijdt om.", "Auto met kenteken [KENTEKEN] rijdt om.")]
    [InlineData("De taxi GX-12-34 was te laat.", "De taxi [KENTEKEN] was te laat.")]
    public void File_numbers_after_their_word_and_kentekens_are_redacted(string question, string expected) =>
        Assert.Equal(expected, Redacted(question));

    [Theory]
    [InlineData("BSN 123\u00AD456\u00AD782", "BSN [BSN]")]
    [InlineData("Bel 06\u00A012345678", "Bel [TELEFOON]")]
    [InlineData("BSN \uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17\uFF18\uFF12", "BSN [BSN]")]
    [InlineData("Mail j.jansen\u200B@gmail.com", "Mail [EMAIL]")]
    public void Invisible_characters_and_full_width_digits_do_not_hide_personal_data(string question, string expected) =>
        Assert.Equal(expected, Redacted(System.Text.RegularExpressions.Regex.Unescape(question)));

    [Theory]
    [InlineData("Fatima wil graag meer uren.", "[NAAM] wil graag meer uren.")]
    [InlineData("Heeft Roos al een beschikking?", "Heeft [NAAM] al een beschikking?")]
    [InlineData("Mark de aanvraag als spoed.", "Mark de aanvraag als spoed.")]
    [InlineData("Kunnen we Stichting Vincent van Gogh Zuid inzetten?", "Kunnen we Stichting Vincent van Gogh Zuid inzetten?")]
    public void A_common_first_name_is_a_name_mid_sentence_or_before_a_verb_but_not_inside_an_aanbieders_name(string question, string expected) =>
        Assert.Equal(expected, Redacted(question));

    public static TheoryData<string> RedactedSentences => new()
    {
        "Mevrouw Jansen (geb. 12-03-1984, BSN 111222333) belt op 06-12345678.",
        "Het gezin woont op de Kerkstraat 12, 6211 AB Maastricht; mail j.jansen@gmail.com.",
        "Sem (9) woont bij oma. Sem gaat naar school.",
    };

    [Theory]
    [MemberData(nameof(RedactedSentences))]
    public void Redacting_an_already_redacted_text_changes_nothing(string question)
    {
        var once = Redacted(question);

        Assert.Equal(once, Redacted(once));
    }

    [Fact]
    public void The_shipped_word_list_is_embedded_and_holds_domain_terms_in_lower_case()
    {
        var words = RedactionLexicon.ShippedCommonWords;

        Assert.InRange(words.Count, 500, 5_000);
        Assert.All(words, word => Assert.Equal(word.ToLowerInvariant(), word));
        Assert.Superset(new HashSet<string> { "jeugdhulp", "wmo", "ggz", "bgi", "bgg", "eed", "lvb", "zin", "pgb", "dvo", "sla", "ijw", "toegang", "beschikking", "indicatie", "aanbieder", "gemeente", "client", "maart", "maandag" }, words.ToHashSet());
    }

    [Fact]
    public void A_lexicon_from_plain_lists_protects_those_names()
    {
        var redactor = new PersonalDataRedactor(new RedactionLexicon(["Humanitas Thuisbegeleiding"], ["Karin Pfeiffer"]));

        var result = redactor.Redact("Kan Humanitas Thuisbegeleiding met Karin Pfeiffer overleggen over Erik?");

        Assert.Equal("Kan Humanitas Thuisbegeleiding met Karin Pfeiffer overleggen over [NAAM]?", result.Text);
    }

    [Fact]
    public void A_lexicon_protects_a_contract_person_only_by_full_name()
    {
        Assert.Equal("Ruud Habets belde over meneer [NAAM].", Redacted("Ruud Habets belde over meneer Habets."));
    }

    private static void AssertSpansAreConsistent(string input, RedactionResult result)
    {
        var position = 0;
        foreach (var span in result.Spans)
        {
            Assert.True(span.Start >= position && span.Length > 0 && span.End <= input.Length, $"span {span} in text of {input.Length}");
            position = span.End;
        }
        var rebuilt = input;
        foreach (var span in result.Spans.Reverse())
            rebuilt = rebuilt[..span.Start] + Placeholder(span.Kind) + rebuilt[span.End..];
        Assert.Equal(rebuilt, result.Text);
    }

    private static string Placeholder(PersonalDataKind kind) => kind switch
    {
        PersonalDataKind.Bsn => "[BSN]",
        PersonalDataKind.Name => "[NAAM]",
        PersonalDataKind.Date => "[DATUM]",
        PersonalDataKind.Phone => "[TELEFOON]",
        PersonalDataKind.Email => "[EMAIL]",
        PersonalDataKind.Address => "[ADRES]",
        PersonalDataKind.Iban => "[IBAN]",
        PersonalDataKind.ClientNumber => "[CLIENTNUMMER]",
        PersonalDataKind.LicencePlate => "[KENTEKEN]",
        _ => "[POSTCODE]",
    };
}
