using TeamBot.Core.Documents;

namespace TeamBot.Tests.Documents;

public sealed class TextMarkupTests
{
    // Readable stand-ins for the marks: [b] [/b] [i] [/i] [^] [/^] [n] [/n].
    private static string Shown(string markup) => TextMarkup.ToMarks(markup)
        .Replace(RichMarks.BoldOn.ToString(), "[b]").Replace(RichMarks.BoldOff.ToString(), "[/b]")
        .Replace(RichMarks.ItalicOn.ToString(), "[i]").Replace(RichMarks.ItalicOff.ToString(), "[/i]")
        .Replace(RichMarks.SuperscriptOn.ToString(), "[^]").Replace(RichMarks.SuperscriptOff.ToString(), "[/^]")
        .Replace(RichMarks.NoteOn.ToString(), "[n]").Replace(RichMarks.NoteOff.ToString(), "[/n]");

    [Theory]
    [InlineData("**vet** en _cursief_", "[b]vet[/b] en [i]cursief[/i]")]
    [InlineData("***beide*** samen", "[b][i]beide[/i][/b] samen")]
    [InlineData("**vet met _cursief_ erin**", "[b]vet met [i]cursief[/i] erin[/b]")]
    [InlineData("(_tussen haakjes_).", "([i]tussen haakjes[/i]).")]
    [InlineData("totaal € 250.694^[Exclusief BTW.]", "totaal € 250.694[n]Exclusief BTW.[/n]")]
    [InlineData("noot ^[met **vet** en [haken]] na", "noot [n]met [b]vet[/b] en [haken][/n] na")]
    public void Markup_becomes_marks(string markup, string expected) => Assert.Equal(expected, Shown(markup));

    [Theory]
    [InlineData("BGG_ZIN en BGI_ZIN")]
    [InlineData("bestand_naam_2023.docx")]
    [InlineData("__init__ en snake_case_")]
    [InlineData("5 * 3 * 2 = 30")]
    [InlineData("**niet gesloten")]
    [InlineData("niet geopend**")]
    [InlineData("** los ** met spaties")]
    [InlineData("****vier sterren****")]
    [InlineData("^[open voetnoot zonder einde")]
    [InlineData("losse ] en [ haken")]
    [InlineData("J-1e en 2.1e en 3e.")]
    public void Text_that_is_no_markup_stays_as_typed(string text) => Assert.Equal(text, Shown(text));

    [Theory]
    [InlineData(@"een \*ster\* en \_lijn\_", "een *ster* en _lijn_")]
    [InlineData(@"\*\*geen vet\*\*", "**geen vet**")]
    [InlineData(@"geen \^[noot]", "geen ^[noot]")]
    [InlineData(@"C:\map blijft", @"C:\map blijft")]
    public void A_backslash_makes_a_mark_character_literal(string markup, string expected) => Assert.Equal(expected, Shown(markup));

    [Theory]
    [InlineData("2e kwartaal 2021", "2[^]e[/^] kwartaal 2021")]
    [InlineData("1e en 2e kwartaal", "1[^]e[/^] en 2[^]e[/^] kwartaal")]
    [InlineData("de 3de ronde en de 21ste eeuw", "de 3[^]de[/^] ronde en de 21[^]ste[/^] eeuw")]
    [InlineData("code J-1e kwartaal", "code J-1e kwartaal")]
    [InlineData("versie 2e", "versie 2e")]
    [InlineData("1e2 kwartaal", "1e2 kwartaal")]
    public void Ordinals_followed_by_a_word_get_a_superscript_suffix(string text, string expected) => Assert.Equal(expected, Shown(text));

    [Fact]
    public void Unbalanced_markers_pair_what_nests_and_leave_the_rest()
    {
        Assert.Equal("**a [b]b[/b]", Shown("**a **b**"));
        Assert.Equal("[b]a _b[/b] c_", Shown("**a _b** c_"));
    }

    [Fact]
    public void Ten_thousand_nested_markers_are_read_in_one_pass()
    {
        var open = string.Concat(Enumerable.Repeat("**a _b ^[c ", 10_000));
        var close = string.Concat(Enumerable.Repeat(" c] b_ a**", 10_000));
        var marked = TextMarkup.ToMarks(open + "x" + close);

        Assert.Equal(10_000, marked.Count(c => c == RichMarks.BoldOn));
        Assert.Equal(marked.Count(c => c == RichMarks.BoldOn), marked.Count(c => c == RichMarks.BoldOff));
        Assert.Equal(1, marked.Count(c => c == RichMarks.NoteOn));
    }

    [Fact]
    public void Private_use_marks_in_the_input_are_removed_before_reading()
    {
        var hostile = $"a{RichMarks.BoldOn}b{RichMarks.NoteOn}c{RichMarks.ImageOn}x{RichMarks.ImageOff}";

        Assert.Equal("abcx", TextMarkup.ToMarks(hostile));
    }

    [Fact]
    public void Plain_text_drops_formatting_and_notes()
    {
        Assert.Equal("Totaal € 250.694 en vet", TextMarkup.ToPlain("Totaal € 250.694^[Exclusief BTW.] en **vet**"));
    }
}
