using TeamBot.Core.ReferralGuide;
using TeamBot.Core.Regions;
using TeamBot.Core.Regions.Import;

namespace TeamBot.Tests.ReferralGuide;

/// <summary>Entities are found the way toegangen write them: abbreviated, partial, lower case, mistyped or by synonym.</summary>
public sealed class EntityResolverTests
{
    private static readonly Lazy<EntityResolver> Resolver = new(() => new EntityResolver(SampleRegion()));

    public static TheoryData<string, EntityKind, string> Mentions => new()
    {
        { "wie biedt BGI in vaals", EntityKind.Product, "02A01" },
        { "wie biedt BGI in vaals", EntityKind.Municipality, "Vaals" },
        { "bgg ouderen", EntityKind.Product, "07A02" },
        { "EED in heerlen", EntityKind.Product, "45D01" },
        { "jeugd-ggz specialistisch", EntityKind.Product, "45G02" },
        { "logeeropvang", EntityKind.Product, "44C01" },
        { "dagbesteding", EntityKind.Product, "45C01" },
        { "code 45a05", EntityKind.Product, "45A05" },
        { "is Radar gecontracteerd", EntityKind.Provider, "Radar Jeugd & Opvoeding" },
        { "is Radar gecontracteerd", EntityKind.Provider, "Stichting Radar" },
        { "levanto", EntityKind.Provider, "Stichting LEVANTOGROEP" },
        { "mondriaan", EntityKind.Provider, "SUMMA - Stichting Mondriaan" },
        { "SGL", EntityKind.Provider, "Stichting Gehandicaptenzorg (SGL)" },
        { "dyslexiecentum maas en heuvel", EntityKind.Provider, "Dyslexiecentrum Maas & Heuvel" },
        { "in valkenburg aan de geul", EntityKind.Municipality, "Valkenburg aan de Geul" },
        { "in sittard", EntityKind.Municipality, "Sittard-Geleen" },
        { "in Maastrcht", EntityKind.Municipality, "Maastricht" },
        { "met autisme", EntityKind.Specialisation, "autisme" },
    };

    [Theory]
    [MemberData(nameof(Mentions))]
    public void A_tolerant_mention_resolves_to_the_entity(string question, EntityKind kind, string key)
    {
        var matches = Resolver.Value.Resolve(question);

        Assert.Contains(matches, m => m.Kind == kind && m.Key == key);
    }

    [Theory]
    [InlineData("Spoed4Jeugd Zuid-Limburg")]
    [InlineData("Gezinshuizen Heuvelland")]
    public void A_gemeente_or_region_word_inside_an_aanbieder_name_is_not_a_separate_gemeente(string name)
    {
        var matches = Resolver.Value.Resolve($"wat levert {name}");

        Assert.Contains(matches, m => m.Kind == EntityKind.Provider && m.Key == name);
        Assert.DoesNotContain(matches, m => m.Kind == EntityKind.Municipality);
    }

    [Theory]
    [InlineData("hoe moet ik dit gezin helpen met de uren")]
    [InlineData("wat is het weer morgen")]
    public void Ordinary_words_are_not_read_as_mistyped_names(string question)
    {
        Assert.Empty(Resolver.Value.Resolve(question));
    }

    [Theory]
    // BGI and BGG are the Wmo's, beside a Jeugdwet product of the same name.
    [InlineData("wie levert BGI in Venlo", "W-BEG-01")]
    [InlineData("BGG in Venlo", "W-DAG-01")]
    // A word typed beside the abbreviation picks the member of the family whose name carries it.
    [InlineData("wat kost EED diagnostiek", "J-DYS-01")]
    // An abbreviation that is also an aanbieder's specialisatie still means the product.
    [InlineData("wie doet MST", "J-MST-01")]
    public void An_abbreviation_finds_the_product_it_means_where_the_names_carry_no_abbreviation(string question, string code)
    {
        Product Product(string code, string name, string law) => new(code, name, law, null, null, "maand", null);
        var region = RegionData.Empty with
        {
            Products =
            [
                Product("W-BEG-01", "Individuele begeleiding", "Wmo"), Product("J-BEG-01", "Individuele begeleiding jeugd", "Jeugdwet"),
                Product("W-DAG-01", "Groepsbegeleiding volwassenen", "Wmo"), Product("J-DAG-01", "Groepsbegeleiding jeugd", "Jeugdwet"),
                Product("J-DYS-01", "Diagnostiek ernstige enkelvoudige dyslexie", "Jeugdwet"), Product("J-DYS-02", "Behandeling ernstige enkelvoudige dyslexie", "Jeugdwet"),
                Product("J-MST-01", "Multisysteemtherapie", "Jeugdwet"),
            ],
            Providers = [new Provider("Gezinshulp Noord", null, null, null, null, null, null, ["MST", "gezinsbegeleiding"], [])],
        };

        var products = new EntityResolver(region).Resolve(question).Where(m => m.Kind == EntityKind.Product).Select(m => m.Key).Distinct().ToList();

        Assert.Equal([code], products);
    }

    internal static RegionData SampleRegion()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "samples", "region");
        return RegionWorkbookParser.Parse("voorbeeld.xlsx", SampleWorkbook.Build(folder), new DateOnly(2026, 11, 22)).Data!;
    }
}
