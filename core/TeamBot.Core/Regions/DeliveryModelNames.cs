namespace TeamBot.Core.Regions;

/// <summary>The Dutch names of the uitvoeringsvarianten, as users write and read them.</summary>
public static class DeliveryModelNames
{
    public static string ToDutch(this DeliveryModel model) => model switch
    {
        DeliveryModel.TaskBased => "taakgericht",
        DeliveryModel.OutputBased => "outputgericht",
        DeliveryModel.EffortBased => "inspanningsgericht",
        _ => throw new ArgumentOutOfRangeException(nameof(model)),
    };

    public static DeliveryModel? Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "taakgericht" or "taak" or "taskbased" => DeliveryModel.TaskBased,
        "outputgericht" or "output" or "outputbased" => DeliveryModel.OutputBased,
        "inspanningsgericht" or "inspanning" or "effortbased" => DeliveryModel.EffortBased,
        _ => null,
    };
}
