using TeamBot.Core.ReferralGuide;
using TeamBot.Core.Regions;

namespace TeamBot.Core.Questions.Answering;

/// <summary>The verwijsgids queries every contract answer uses, narrowed also by the law the question names.</summary>
internal static class ContractQueries
{
    public static List<Contract> InForce(AnswerContext context, ContractFilter filter) =>
        context.Guide.ContractsInForce(context.Today, filter).Where(c => IsUnderLaw(context, c.ProductCode)).ToList();

    public static List<Contract> Ended(AnswerContext context, ContractFilter filter) =>
        context.Guide.EndedContracts(context.Today, filter).Where(c => IsUnderLaw(context, c.ProductCode)).ToList();

    public static List<Contract> Planned(AnswerContext context, ContractFilter filter) =>
        context.Guide.PlannedContracts(context.Today, filter).Where(c => IsUnderLaw(context, c.ProductCode)).ToList();

    /// <summary>The named products under the law the question names; all of them when it names none or none is under it.</summary>
    public static IReadOnlyList<string> ProductCodes(AnswerContext context)
    {
        var codes = context.Subject.ProductCodes;
        if (context.Subject.Law is null) return codes;
        var underLaw = codes.Where(code => IsUnderLaw(context, code)).ToList();
        return underLaw.Count > 0 ? underLaw : codes;
    }

    public static bool IsUnderLaw(AnswerContext context, string productCode) =>
        context.Subject.Law is not { } law || QuestionSlots.IsUnder(context.Guide.Product(productCode), law);

    /// <summary>Whether the aanbieder has one of the specialisaties or doelgroepen the question names (true when it names none).</summary>
    public static bool HasProfile(AnswerContext context, string provider) =>
        context.Subject.Specialisations.Count == 0
        || context.Subject.Specialisations.Any(term => context.Guide.HasSpecialisation(provider, term));
}
