using YamlDotNet.RepresentationModel;

namespace TeamBot.Core.Plans;

/// <summary>Reads a hoofdproces (or "algemeen") and its acties table.</summary>
internal static class MainProcessReader
{
    public static MainProcess? Read(YamlObject process, string? defaultName)
    {
        var name = process.Text("naam", required: defaultName is null) ?? defaultName;
        var introduction = process.Blocks("inleiding");
        var actions = process.List("acties", (node, path) => ReadAction(node, path, process));
        process.RejectUnknownKeys();
        return name is null ? null : new MainProcess(name, introduction, actions);
    }

    private static PlanAction? ReadAction(YamlNode node, string path, YamlObject parent)
    {
        if (parent.Child(node, path) is not { } action) return null;
        var text = action.Text("actie", required: true);
        var result = new PlanAction
        {
            Text = text ?? "",
            Explanation = action.Text("toelichting"),
            Progress = action.Text("standVanZaken"),
            Due = action.Due("gereed"),
            OutsideSla = action.Flag("buitenSla"),
            Emphasised = action.Flag("vet"),
            IsHeading = action.Flag("kop"),
            SlaTarget = action.Object("slaDoel") is { } target ? ReadTarget(target) : null,
        };
        action.RejectUnknownKeys();
        return text is null ? null : result;
    }

    private static SlaTarget? ReadTarget(YamlObject target)
    {
        var norm = target.Text("norm", required: true);
        var result = new SlaTarget(norm ?? "", target.Number("score"), target.Text("meting"));
        target.RejectUnknownKeys();
        return norm is null ? null : result;
    }
}
