using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using AseanUn.Collections;
using AseanUn.Json.Updates;
using AseanUn.Model;
using AseanUn.Validation;

namespace AseanUn.Json;

// Items added to and removed from a list, without restating it: the new list is stated like a corrected value.
internal sealed partial class DatasetUpdater
{
    private void ApplyListChange(ListChangeUpdate update, PositionedNode node, JsonPath path)
    {
        if (Target(update.RecordId, node, path) is not { } draft || !CitationsHold(update.Sources, node, path) || !QuoteHolds(update.Quote, node, path)
            || PropertyOf(draft.Original, update.Property, node, path, statusAllowed: false) is not { } property)
        {
            return;
        }

        if (property.PropertyType != typeof(EquatableArray<string>))
        {
            Report(DatasetProblemKind.InvalidValue, node, path, "property",
                $"{Quoted.Of(update.Property)} is not a list of ids or names; a single value changes through a correction.");
            return;
        }

        if (update.Add.IsEmpty && update.Remove.IsEmpty)
        {
            Report(DatasetProblemKind.InvalidValue, node, path, "add", "The list change adds and removes nothing; give 'add', 'remove' or both.");
            return;
        }

        var items = new List<string>();
        foreach (var item in (JsonArray?)draft.Value(update.Property) ?? [])
        {
            items.Add(item!.GetValue<string>());
        }

        var present = new HashSet<string>(items, System.StringComparer.Ordinal);
        if (!ItemsHold(present, update.Remove, present: true, update.Property, node, path, "remove")
            || !ItemsHold(present, update.Add, present: false, update.Property, node, path, "add")
            || !ReferencesHold(draft.Original, update.Property, JsonSerializer.SerializeToElement(update.Add, DatasetJsonContext.Default.EquatableArrayString), node, path, "add"))
        {
            return;
        }

        var removed = new HashSet<string>(update.Remove, System.StringComparer.Ordinal);
        items.RemoveAll(removed.Contains);
        items.AddRange(update.Add);
        var list = new JsonArray();
        foreach (var item in items)
        {
            list.Add((JsonNode?)JsonValue.Create(item));
        }

        StateValue(draft, update.Property, list, ClaimRank.Preferred, EvidenceOf(update.Sources, update.Quote), update.Reason, update.RecordId, path, node,
            update.Add.IsEmpty ? "remove" : "add");
    }

    // An item removed is in the list, an item added is not yet (nor twice in the change).
    private bool ItemsHold(HashSet<string> items, EquatableArray<string> change, bool present, string property, PositionedNode node, JsonPath path, string part)
    {
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        for (var i = 0; i < change.Count; i++)
        {
            var repeated = !seen.Add(change[i]);
            if (repeated || items.Contains(change[i]) != present)
            {
                var at = node.Property(part)!.Items[i];
                _checker.Report(DatasetProblemKind.InvalidValue, path.Property(part).Item(i), at.Start,
                    repeated ? $"{Quoted.Of(change[i])} is given twice in '{part}'; give each item once."
                    : present ? $"{Quoted.Of(change[i])} is not in {property}, so it cannot be removed."
                    : $"{Quoted.Of(change[i])} is already in {property}.");
                return false;
            }
        }

        return true;
    }
}
