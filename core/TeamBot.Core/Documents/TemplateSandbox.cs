using Scriban;
using Scriban.Runtime;

namespace TeamBot.Core.Documents;

/// <summary>
/// What an untrusted template can reach: the model, the Dutch formatting functions and the pure
/// Scriban modules (string, array, math, object without eval). No include, no date.now, no regex.
/// </summary>
internal static class TemplateSandbox
{
    private static readonly string[] PureModules = ["string", "array", "math", "empty", "blank"];
    private static readonly HashSet<string> HiddenObjectFunctions = ["eval", "eval_template"];

    /// <summary>Fresh per render: Scriban's modules are per context, so no render can change another's.</summary>
    public static ScriptObject CreateBuiltins()
    {
        var defaults = new TemplateContext().BuiltinObject;
        var builtins = new ScriptObject();
        foreach (var name in PureModules) builtins[name] = defaults[name];
        builtins["object"] = Without(defaults["object"] as ScriptObject ?? [], HiddenObjectFunctions);
        TemplateFunctions.Register(builtins);
        foreach (var name in builtins.Keys.ToList()) builtins.SetReadOnly(name, true);
        return builtins;
    }

    public static WordRenderContext CreateContext(ScriptObject builtins, ScriptObject model, ValueEncoder encoder, RenderLimits limits)
    {
        var context = new WordRenderContext(builtins, encoder, limits.Options.TextMarkup)
        {
            MemberRenamer = member => member.Name,
            EnableRelaxedMemberAccess = true,
            EnableRelaxedTargetAccess = true,
            EnableRelaxedIndexerAccess = true,
            StrictVariables = limits.Options.StrictVariables,
            LoopLimit = limits.Options.LoopLimit,
            RecursiveLimit = limits.Options.RecursiveLimit,
            LimitToString = limits.Options.MaxValueLength,
            OnStringLimit = ScriptLimitBehavior.Throw,
            OutputLimit = limits.RemainingOutput,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            CancellationToken = limits.Token,
            TemplateLoader = null,
        };
        context.PushGlobal(model);
        return context;
    }

    private static ScriptObject Without(ScriptObject module, HashSet<string> hidden)
    {
        var copy = new ScriptObject();
        foreach (var name in module.Keys.Where(name => !hidden.Contains(name))) copy[name] = module[name];
        return copy;
    }
}
