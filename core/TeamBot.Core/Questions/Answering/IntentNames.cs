using System.Text;

namespace TeamBot.Core.Questions.Answering;

/// <summary>Intents on the wire and in the log are snake_case: ProvidersForProduct -> providers_for_product.</summary>
public static class IntentNames
{
    public static string Of(ContractIntent intent)
    {
        var name = intent.ToString();
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i])) text.Append('_');
            text.Append(char.ToLowerInvariant(name[i]));
        }
        return text.ToString();
    }
}
