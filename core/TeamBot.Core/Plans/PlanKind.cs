namespace TeamBot.Core.Plans;

/// <summary>What a plan data file describes: the plan for a year, or its evaluation afterwards.</summary>
public enum PlanKind
{
    /// <summary>"uitvoeringsplan": acties with toelichting and gereed.</summary>
    ExecutionPlan,

    /// <summary>"evaluatie": the same acties, each with a stand van zaken.</summary>
    Evaluation,
}
