using System.Text.Json.Nodes;

namespace OpsRhythm.IntegrationTests.Resilience;

/// <summary>
/// Walks the bot as careful people do: each person says every command, then clicks the buttons of the
/// cards they get, filling each card's inputs with plausible values, a few levels deep. It leaves data
/// of every department in the store and collects every button it saw (with whose card it was on).
/// </summary>
public sealed class CardCrawler(DrillClient client, IReadOnlyList<string> phrases, Action<string, DrillAnswer> check)
{
    private readonly HashSet<string> _clicked = new(StringComparer.Ordinal);

    public List<(string Person, CardButton Button)> Seen { get; } = [];

    public List<string> Log { get; } = [];

    public async Task CrawlAsync(IReadOnlyList<string> people, int clicksPerPerson)
    {
        ArgumentNullException.ThrowIfNull(people);
        foreach (var person in people)
        {
            var pending = new Queue<(CardButton Button, int Depth)>();
            foreach (var phrase in phrases)
            {
                var answer = await client.PostAsync(client.Message(person, phrase, "zh-CN", "crawl-" + person));
                check($"crawl: {person} says '{phrase}'", answer);
                Log.Add($"{person} '{phrase}' → {answer.HttpStatus} replies {answer.Replies.Count} {string.Join(" | ", answer.Replies.Select(r => r.GetRawText()[..Math.Min(200, r.GetRawText().Length)]))}");
                Harvest(person, answer, 0, pending);
            }

            var clicks = 0;
            while (pending.Count > 0 && clicks < clicksPerPerson)
            {
                var (button, depth) = pending.Dequeue();
                if (!_clicked.Add(person + "|" + button.Data.ToJsonString()))
                {
                    continue;
                }

                var data = (JsonObject)button.Data.DeepClone();
                foreach (var input in button.Inputs)
                {
                    data[input.Id] = input.Plausible(clicks);
                }

                clicks++;
                var answer = await client.PostAsync(client.Invoke(person, button.Verb, data, "zh-CN", "crawl-" + person));
                check($"crawl: {person} clicks {button.Verb} {data.ToJsonString()}", answer);
                if (depth < 4)
                {
                    Harvest(person, answer, depth + 1, pending);
                }
            }
        }
    }

    private void Harvest(string person, DrillAnswer answer, int depth, Queue<(CardButton, int)> pending)
    {
        foreach (var button in answer.Cards.SelectMany(CardButton.On))
        {
            Seen.Add((person, button));
            pending.Enqueue((button, depth));
        }
    }
}
