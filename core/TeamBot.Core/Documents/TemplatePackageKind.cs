namespace TeamBot.Core.Documents;

/// <summary>How a Word document is stored: the usual zip package, or Flat OPC (one XML file Word opens too).</summary>
public enum TemplatePackageKind
{
    Docx,
    FlatOpc,
}
