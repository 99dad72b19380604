using YamlDotNet.RepresentationModel;

namespace TeamBot.Core.Plans;

/// <summary>Records the position of every field path in a YAML tree ("kostenverdelingen[0].sleutels[2].gewicht").</summary>
internal static class PlanSourceMap
{
    public static PlanSource Build(string fileName, YamlNode root)
    {
        var positions = new Dictionary<string, (int Line, int Column)>(StringComparer.Ordinal);
        Walk(root, "", positions);
        return new PlanSource(fileName, positions);
    }

    private static void Walk(YamlNode node, string path, Dictionary<string, (int Line, int Column)> positions)
    {
        if (path.Length > 0) positions.TryAdd(path, ((int)node.Start.Line, (int)node.Start.Column));
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                    if (key is YamlScalarNode { Value: { } name })
                        Walk(value, path.Length == 0 ? name : $"{path}.{name}", positions);
                break;
            case YamlSequenceNode sequence:
                for (var i = 0; i < sequence.Children.Count; i++)
                    Walk(sequence.Children[i], $"{path}[{i}]", positions);
                break;
        }
    }
}
