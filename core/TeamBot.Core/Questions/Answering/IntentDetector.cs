namespace TeamBot.Core.Questions.Answering;

/// <summary>Decides what a contract question asks from its cue words and the entities it names; most specific first.</summary>
internal static class IntentDetector
{
    public static ContractIntent Detect(IntentCues cues, QuestionSubject subject)
    {
        var provider = subject.Providers.Count > 0;
        var product = subject.ProductCodes.Count > 0;
        var specialisation = subject.Specialisations.Count > 0;
        if (cues.ReportsSignal) return ContractIntent.ProviderSignal;
        if (cues.AsksContractManager) return ContractIntent.ContractManager;
        if (cues.AsksContact && provider) return ContractIntent.Contact;
        if (cues.AsksEnded) return ContractIntent.EndedContracts;
        if (cues.AsksTariff && (provider || product)) return ContractIntent.Tariff;
        if (cues.AsksProductCode && (product || provider)) return ContractIntent.ProductCode;
        if (cues.AsksDeliveryModel && (provider || product)) return ContractIntent.DeliveryModel;
        if (cues.AsksEndDate && (provider || product)) return ContractIntent.EndDate;
        if (provider && !product && cues.AsksProviderProducts) return ContractIntent.ProviderProducts;
        if (provider) return product || specialisation || cues.AsksContracted ? ContractIntent.IsContracted : ContractIntent.ProviderProducts;
        if (cues.MentionsUnknownName && cues.AsksContracted && !cues.AsksWhichProviders) return ContractIntent.IsContracted;
        if (product && cues.AsksProductInfo && !cues.AsksWhichProviders) return ContractIntent.ProductInfo;
        if (product) return ContractIntent.ProvidersForProduct;
        if (specialisation) return ContractIntent.ProvidersForSpecialisation;
        return ContractIntent.Document;
    }
}
