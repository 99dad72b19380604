using TeamBot.Core.Formatting;
using TeamBot.Core.Plans;
using TeamBot.Core.Questions.Statistics;

namespace TeamBot.Core.PlanDocuments;

/// <summary>Maps an <see cref="ExecutionPlan"/> and its computed allocations onto the template vocabulary.</summary>
internal static class PlanDocumentModelBuilder
{
    public static PlanDocumentModel Build(ExecutionPlan plan, IReadOnlyList<CostAllocation> allocations, QuestionStatistics questions, DateOnly today)
    {
        var costs = plan.CostAllocations.Zip(allocations, CostView).ToList();
        var tasks = plan.MunicipalityTasks.Select(t => TasksView(t, costs)).ToList();
        return new PlanDocumentModel
        {
            Soort = plan.IsEvaluation ? PlanDocumentModel.EvaluationKind : "uitvoeringsplan",
            Jaar = plan.Year,
            Regio = plan.Region,
            Titel = plan.Title,
            Ondertitel = plan.Subtitle,
            Versie = plan.Version,
            Status = plan.Status,
            GemaaktOp = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Toelichting = Blocks(plan.Introduction),
            Speerpunten = plan.Priorities is { } p ? new PrioritiesView(Blocks(p.Introduction), p.Items, Blocks(p.Elaboration)) : null,
            Indeling = Blocks(plan.Layout),
            Nadruk = plan.Emphasis,
            Algemeen = plan.General is { } general ? Process(0, general, "Algemeen") : null,
            Hoofdprocessen = plan.MainProcesses.Select((process, i) => Process(i + 1, process, process.Name)).ToList(),
            SlaDoelen = plan.SlaTargets.Select(SlaView).ToList(),
            Formatie = plan.Staffing is { } staffing ? StaffingView(staffing) : null,
            GemeenteTaken = tasks,
            GemeenteTakenTotaal = tasks.Count == 0 ? null : TaskTotals(tasks, costs),
            Kostenverdelingen = costs,
            Vragen = QuestionFiguresView.From(questions),
        };
    }

    private static List<TextBlockView> Blocks(IReadOnlyList<TextBlock> blocks) => blocks.Select(block => block.Kind switch
    {
        TextBlockKind.Heading => new TextBlockView("kop", block.Text, []),
        TextBlockKind.Bullets => new TextBlockView("opsomming", "", block.Items),
        TextBlockKind.NumberedList => new TextBlockView("nummering", "", block.Items),
        TextBlockKind.Image => new TextBlockView("afbeelding", "", []) { Afbeelding = block.Image!.Path, Bijschrift = block.Image.Caption },
        _ => new TextBlockView("alinea", block.Text, []),
    }).ToList();

    private static ProcessView Process(int number, MainProcess process, string fallbackName) =>
        new(number, string.IsNullOrWhiteSpace(process.Name) ? fallbackName : process.Name, Blocks(process.Introduction), process.Actions.Select(ActionView).ToList());

    private static ActionView ActionView(PlanAction action) => new()
    {
        Actie = action.Text,
        Toelichting = action.Explanation ?? ScoreText(action.SlaTarget),
        StandVanZaken = action.Progress ?? ScoreText(action.SlaTarget),
        Gereed = action.Due?.Text,
        BuitenSla = action.OutsideSla,
        Vet = action.Emphasised,
        Kop = action.IsHeading,
        SlaDoel = action.SlaTarget is null ? null : SlaView(action),
    };

    /// <summary>"6,7 tevredenheidsonderzoek 2019": what the seeds print for an SLA-doel row without toelichting or stand van zaken.</summary>
    private static string? ScoreText(SlaTarget? target) =>
        target?.Score is not { } score ? target?.Measurement : $"{Score(score)} {target.Measurement}".TrimEnd();

    /// <summary>Grades keep the decimals written: 7.0 stays "7,0".</summary>
    private static string Score(decimal score) => DutchFormat.Number(score, score.Scale);

    private static SlaTargetView SlaView(PlanAction action) =>
        new(action.Text, action.SlaTarget!.Norm, action.SlaTarget.Score, action.SlaTarget.Measurement, action.Due?.Text);

    private static StaffingView StaffingView(Staffing staffing)
    {
        var lines = staffing.Lines.Select(l => new StaffingLineView(l.Group, l.Description, l.Hours, l.Fte, l.Amount, l.IsTotal)).ToList();
        return new StaffingView(Blocks(staffing.Introduction), lines, Groups(lines), Blocks(staffing.Explanation));
    }

    /// <summary>
    /// Runs of rows with the same groep, in plan order, as the seed's tables show them. Total rows without a groep
    /// that follow a group close its table (seed 001's "Totaal tekort"), instead of starting a table without a heading.
    /// </summary>
    private static List<StaffingGroupView> Groups(IReadOnlyList<StaffingLineView> lines)
    {
        var runs = new List<(string? Name, List<StaffingLineView> Lines)>();
        foreach (var line in lines)
        {
            if (runs.Count > 0 && (runs[^1].Name == line.Groep || (line.Groep is null && line.Totaal))) runs[^1].Lines.Add(line);
            else runs.Add((line.Groep, [line]));
        }
        return runs.Select(run => new StaffingGroupView(run.Name, run.Lines)).ToList();
    }

    /// <summary>The kosten total is the first kostenverdeling's printed total (its vastgesteldTotaal) when the rows are exactly its gemeenten.</summary>
    private static TaskTotalsView TaskTotals(List<MunicipalityTasksView> tasks, List<CostAllocationView> costs)
    {
        var rows = tasks.Sum(t => t.Kosten ?? 0);
        var first = costs.Count > 0 ? costs[0] : null;
        var same = first is not null && first.Regels.Select(r => r.Gemeente).ToHashSet(StringComparer.OrdinalIgnoreCase).SetEquals(tasks.Select(t => t.Gemeente));
        var total = same ? first!.Totaal : rows;
        return new TaskTotalsView(tasks.Sum(t => t.Uren ?? 0), total) { SomKosten = rows, Verschil = total - rows, Voetnoot = same ? first!.TotaalVoetnoot : null };
    }

    private static MunicipalityTasksView TasksView(MunicipalityTasks tasks, IReadOnlyList<CostAllocationView> costs)
    {
        var cost = costs.SelectMany(c => c.Regels).FirstOrDefault(line => line.Gemeente.Equals(tasks.Municipality, StringComparison.OrdinalIgnoreCase));
        return new MunicipalityTasksView(tasks.Municipality, tasks.Hours, tasks.Tasks, cost?.Bedrag);
    }

    private static CostAllocationView CostView(CostAllocationDefinition definition, CostAllocation allocation)
    {
        var rounding = allocation.Rounding;
        Func<decimal, string> text = amount => rounding.Format(amount);
        var rows = allocation.Lines.Sum(line => line.Amount);
        var total = allocation.StatedTotal ?? allocation.Total;
        // Only a stated total has a difference worth showing; a computed one differs by rounding alone, as the seeds accept.
        var difference = allocation.StatedTotal is null ? 0 : total - rows;
        return new CostAllocationView
        {
            Titel = allocation.Title,
            Bedrag = definition.Amount,
            Indexatie = definition.IndexationPercent,
            GeindexeerdBedrag = definition.IndexedAmount,
            Afronding = allocation.Rounding == AmountRounding.Euro ? "euro" : "cent",
            Sluitend = definition.Balanced,
            Toelichting = Blocks(definition.Explanation),
            Sleutels = definition.Keys.Select(key => KeyView(key, allocation, text)).ToList(),
            Regels = allocation.Lines.Select(line => LineView(line, allocation, text)).ToList(),
            Totaal = total,
            TotaalTekst = text(total),
            IsVastgesteld = allocation.StatedTotal is not null,
            TotaalVoetnoot = definition.TotalFootnote is { } footnote ? Footnote(footnote) : null,
            SomRegels = rows,
            SomRegelsTekst = text(rows),
            Verschil = difference,
            VerschilTekst = text(Math.Abs(difference)),
            Vergelijkingen = allocation.Comparisons.Select(c => Comparison(c.Name, c.Total, total, text)).ToList(),
            AandeelTotaal = 100,
        };
    }

    private static AllocationKeyView KeyView(AllocationKey key, CostAllocation allocation, Func<decimal, string> text)
    {
        var total = allocation.KeyTotals[key.Name];
        var values = allocation.KeyValueTotals[key.Name];
        return new AllocationKeyView(key.Name, key.WeightPercent, BasisName(key.Basis), total, text(total))
        {
            WaardeTotaal = values,
            WaardeTotaalTekst = ValueText(key, values),
            IsBedrag = key.ValuesAreAmounts,
            PercentageVanWaarde = SharePercentages.Of(total, values),
        };
    }

    private static CostLineView LineView(CostAllocationLine line, CostAllocation allocation, Func<decimal, string> text) => new(
        line.Gemeente,
        line.Amount,
        text(line.Amount),
        line.SharePercent,
        allocation.Keys.Select(key => KeyAmount(key, line, text)).ToList())
    {
        Vergelijkingen = allocation.Comparisons.Select((c, i) => Comparison(c.Name, line.ComparisonAmounts[i], line.Amount, text)).ToList(),
    };

    private static KeyAmountView KeyAmount(AllocationKey key, CostAllocationLine line, Func<decimal, string> text)
    {
        var name = key.Name;
        var share = line.Shares[name];
        return new KeyAmountView(name, line.PerKey[name], text(line.PerKey[name]))
        {
            Waarde = share.Value,
            WaardeTekst = ValueText(key, share.Value),
            Aandeel = share.SharePercent,
            PercentageVanWaarde = SharePercentages.Of(line.PerKey[name], share.Value),
        };
    }

    /// <summary>A footnote in the plan's markup; brackets in its text are escaped so they cannot end it early.</summary>
    private static string Footnote(string text) => "^[" + text.Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal) + "]";

    private static string ValueText(AllocationKey key, decimal value) =>
        key.ValuesAreAmounts ? DutchFormat.WholeEuros(value) : DutchFormat.Number(value, value.Scale > 0 && value != Math.Floor(value) ? 2 : 0);

    private static ComparisonAmountView Comparison(string name, decimal amount, decimal current, Func<decimal, string> text) =>
        new(name, amount, text(amount), current - amount, text(current - amount), amount == 0 ? null : SharePercentages.Of(current - amount, amount));

    private static string BasisName(AllocationBasis basis) => basis switch
    {
        AllocationBasis.Equal => "gelijk",
        AllocationBasis.Column => "kolom",
        _ => "waarden",
    };
}
