namespace TeamBot.Core.Questions.Answering;

/// <summary>
/// Decides what a contract question asks from its phrasing and the slots it fills; most specific first. The asked
/// attribute decides, not the mere presence of a name: "hoe lang mag ik BGI toekennen" names a product but asks a rule.
/// </summary>
internal static class IntentDetector
{
    public static ContractIntent Detect(IntentCues cues, QuestionSubject subject)
    {
        var provider = subject.Providers.Count > 0;
        var product = subject.ProductCodes.Count > 0;
        if (cues.ReportsSignal) return ContractIntent.ProviderSignal;
        var productOrProfile = product || subject.Specialisations.Count > 0;
        if (cues.AsksContractManager || ((provider || productOrProfile && !cues.AsksWhichProviders) && cues.AsksContractManagerIndirectly)) return ContractIntent.ContractManager;
        if ((cues.AsksContact || cues.AsksReach || cues.AsksContactDetail) && provider) return ContractIntent.Contact;
        if ((cues.AsksContact || cues.AsksReach || cues.AsksContactDetail) && (subject.ProductCodes.Count > 0 || subject.Specialisations.Count > 0) && cues.Rule == RuleKind.None)
            return ContractIntent.Contact;
        if (provider && AsksWhetherContracted(cues)) return ContractIntent.IsContracted;
        if (AsksRule(cues, provider)) return ContractIntent.Rule;
        return AsksAttribute(cues, subject) ?? ByEntities(cues, subject);
    }

    /// <summary>
    /// A rule question: phrased as one, and not a question about one aanbieder's contract ("hoe lang loopt het contract
    /// van X" is an einddatum) nor a plain "welke aanbieders" question.
    /// </summary>
    /// <summary>"Kan ik nog naar X", "verwijs ik naar X", "mag ik X inzetten voor Y": whether X may be used, a verwijsgids question.</summary>
    private static bool AsksWhetherContracted(IntentCues cues) =>
        cues.AsksStillContracted
        || cues.AsksStill && (cues.IsPolar || cues.NamesReferralVerb || cues.NamesRuleVerb)
        || cues.NamesReferralVerb && !cues.AsksTariff
        || cues.Rule is RuleKind.Permission or RuleKind.Obligation or RuleKind.Procedure && !cues.AsksTariff && !cues.AsksEndDate;

    private static bool AsksRule(IntentCues cues, bool provider)
    {
        if (cues.AsksWhatTariffCovers) return true;
        if (cues.Rule == RuleKind.None) return false;
        var contractAttribute = cues.AsksTariff || cues.AsksProductCode || cues.AsksEndDate && !cues.NamesRuleVerb || cues.AsksDeliveryModel && !cues.NamesRuleVerb;
        if (contractAttribute && (provider || !cues.NamesRuleVerb)) return false;
        if (cues.AsksWhichProviders && !cues.NamesRuleVerb) return false;
        if (cues.Rule is RuleKind.Obligation or RuleKind.Permission && provider && !cues.NamesRuleVerb) return false;
        return true;
    }

    private static ContractIntent? AsksAttribute(IntentCues cues, QuestionSubject subject)
    {
        var provider = subject.Providers.Count > 0;
        var product = subject.ProductCodes.Count > 0;
        if (cues.AsksEnded) return ContractIntent.EndedContracts;
        if (cues.AsksUnit && product) return ContractIntent.Unit;
        if (cues.AsksLaw && product && !cues.AsksProductList) return ContractIntent.Law;
        if (cues.AsksTariff && (provider || product)) return ContractIntent.Tariff;
        if (cues.AsksProductCode && (product || provider)) return ContractIntent.ProductCode;
        if ((cues.AsksProductList || cues.AsksLaw) && !provider) return ContractIntent.ProductList;
        // "Wordt taakgericht per cliënt gedeclareerd?" asks how the variant works, a rule; "welke aanbieders werken taakgericht" lists.
        var asksHowVariantWorks = cues.NamesRuleVerb && !provider && !product && !cues.AsksWhichProviders && !cues.AsksContractList;
        if (subject.DeliveryModel is not null && !cues.AsksDeliveryModelOf && !asksHowVariantWorks) return ContractIntent.ContractList;
        if (cues.AsksDeliveryModel && (provider || product)) return ContractIntent.DeliveryModel;
        if ((cues.AsksEndDate || cues.AsksMaxEndDate) && subject.EndWindow is not null) return ContractIntent.ContractList;
        if (cues.AsksEndDate && (provider || product)) return ContractIntent.EndDate;
        if (cues.AsksEndDate && cues.AsksContractList) return ContractIntent.ContractList;
        return null;
    }

    private static ContractIntent ByEntities(IntentCues cues, QuestionSubject subject)
    {
        var provider = subject.Providers.Count > 0;
        var product = subject.ProductCodes.Count > 0;
        var specialisation = subject.Specialisations.Count > 0;
        if (provider && cues.IsPolar) return ContractIntent.IsContracted;
        if (provider && !product && cues.AsksProviderProducts) return ContractIntent.ProviderProducts;
        if (provider) return product || specialisation || cues.AsksContracted ? ContractIntent.IsContracted : ContractIntent.ProviderProducts;
        if (cues.MentionsUnknownName && cues.AsksContracted && !cues.AsksWhichProviders) return ContractIntent.IsContracted;
        if (product && cues.AsksProductInfo && !cues.AsksWhichProviders) return ContractIntent.ProductInfo;
        if (product) return ContractIntent.ProvidersForProduct;
        if (specialisation) return ContractIntent.ProvidersForSpecialisation;
        if (subject.Law is not null && (cues.AsksWhichProviders || cues.AsksContractList)) return ContractIntent.ContractList;
        return ContractIntent.Document;
    }
}
