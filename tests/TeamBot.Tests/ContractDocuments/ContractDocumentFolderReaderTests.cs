using System.Security.Cryptography;
using System.Text;
using TeamBot.Core.ContractDocuments;
using TeamBot.Tests.Support;

namespace TeamBot.Tests.ContractDocuments;

public sealed class ContractDocumentFolderReaderTests : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly ContractDocumentFolderReader _reader = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Unreadable_unsupported_empty_and_duplicate_files_are_each_reported_while_the_good_documents_are_returned()
    {
        Write("b-dvo.md", "# DVO Jeugd\n\nDe looptijd is vier jaar.");
        Write("protocollen/a-protocol.txt", "Declaratieprotocol\n\nMaandelijks declareren.");
        Write("dubbel.md", "# dvo jeugd\n\nEen kopie.");
        Write("kapot.docx", "PK dit is geen Word-document");
        Write("nep.pdf", "dit is geen pdf");
        Write("overzicht.xlsx", "PK");
        Write("leeg.md", "  \n\n");
        Write("~$b-dvo.docx", "Word-vergrendeling");
        Write(".notities.md", "# Verborgen\n\nNiet importeren.");

        var result = _reader.ReadFolder(_folder.Path);

        Assert.Equal(["b-dvo.md", "protocollen/a-protocol.txt"], result.Documents.Select(document => document.FileName));
        Assert.Equal(["DVO Jeugd", "Declaratieprotocol"], result.Documents.Select(document => document.Title));
        Assert.Equal(
            [
                "dubbel.md: Het document heeft dezelfde titel 'dvo jeugd' als 'b-dvo.md' en is overgeslagen. Geef elk document een eigen titel.",
                "kapot.docx: Het bestand is geen geldig Word-document (.docx) of is beschadigd. Open het in Word en sla het opnieuw op als .docx.",
                "leeg.md: Het document bevat geen tekst.",
                "nep.pdf: Het bestand is geen geldige pdf of is beschadigd. Maak de pdf opnieuw aan.",
                "overzicht.xlsx: Het bestandstype '.xlsx' wordt niet gelezen als contractdocument. Gebruik .md, .markdown, .txt, .docx of .pdf, of haal het bestand uit de map.",
            ],
            result.Problems.Select(problem => problem.ToString()));
    }

    [Fact]
    public void The_sha256_is_the_lowercase_hex_hash_of_the_file_bytes()
    {
        var path = Write("dvo.md", "# DVO\n\nTekst.");

        var document = Assert.Single(_reader.ReadFolder(_folder.Path).Documents);

        Assert.Equal(Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))).ToLowerInvariant(), document.Sha256);
    }

    [Fact]
    public void A_missing_folder_is_one_problem_naming_the_folder()
    {
        var missing = Path.Combine(_folder.Path, "bestaat-niet");

        var result = _reader.ReadFolder(missing);

        Assert.Empty(result.Documents);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(missing, problem.File);
        Assert.Equal("De map met contractdocumenten bestaat niet.", problem.Message);
    }

    [Fact]
    public void Read_files_names_them_relative_to_the_folder_they_share_and_reports_a_missing_one()
    {
        var dvo = Write("jeugd/dvo.md", "# DVO Jeugd\n\nTekst.");
        var instructie = Write("wmo/instructie.txt", "Instructie Wmo\n\nTekst.");
        var missing = Path.Combine(_folder.Path, "wmo", "weg.md");

        var result = _reader.ReadFiles([instructie, missing, dvo]);

        Assert.Equal(["jeugd/dvo.md", "wmo/instructie.txt"], result.Documents.Select(document => document.FileName));
        Assert.Equal(["wmo/weg.md: Het bestand bestaat niet."], result.Problems.Select(problem => problem.ToString()));
    }

    private string Write(string relativePath, string content)
    {
        var path = Path.Combine(_folder.Path, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, Encoding.UTF8.GetBytes(content));
        return path;
    }
}
