namespace TeamBot.Bot.Hosting;

/// <summary>Section "SampleData": the sample region loaded when the store has never had an import.</summary>
public sealed class SampleDataOptions
{
    public const string Section = "SampleData";

    public bool LoadOnFirstStart { get; set; } = true;

    /// <summary>The folder with Gemeenten.tsv, Aanbieders.tsv, Producten.tsv, Contracten.tsv and documenten/.</summary>
    public string Folder { get; set; } = Path.Combine(AppContext.BaseDirectory, "samples", "region");
}
