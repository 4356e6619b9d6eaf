using System;
using System.Collections.Generic;

namespace AseanUn.Fuzz;

/// <summary>
/// Makes the next input from a seed or an earlier input: flips, deletes, duplicates, truncates, splices and inserts
/// grammar tokens, a few times over. Deterministic for a given seed, so a failure can be replayed.
/// </summary>
public sealed class Mutator(int seed, IReadOnlyList<byte[]> tokens)
{
    private static readonly byte[] Interesting = [0, (byte)'\n', (byte)'"', (byte)'\\', (byte)'/', (byte)'-', (byte)'X', (byte)'.', 0x7F, 0xC0, 0xED, 0xFF];

    private readonly Random _random = new(seed);

    /// <summary>Returns a mutated copy of <paramref name="input"/>; <paramref name="other"/> is spliced in now and then.</summary>
    public byte[] Mutate(byte[] input, byte[] other)
    {
        var bytes = new List<byte>(input);
        var rounds = 1 + _random.Next(4);
        for (var round = 0; round < rounds; round++)
        {
            var at = bytes.Count == 0 ? 0 : _random.Next(bytes.Count + 1);
            switch (_random.Next(8))
            {
                case 0 when bytes.Count > 0:
                    var flip = Math.Min(at, bytes.Count - 1);
                    bytes[flip] ^= (byte)(1 << _random.Next(8));
                    break;
                case 1 when bytes.Count > 0:
                    bytes.RemoveRange(Math.Min(at, bytes.Count - 1), Math.Min(1 + _random.Next(8), bytes.Count - Math.Min(at, bytes.Count - 1)));
                    break;
                case 2 when bytes.Count > 0:
                    var from = _random.Next(bytes.Count);
                    var length = Math.Min(1 + _random.Next(16), bytes.Count - from);
                    bytes.InsertRange(at, bytes.GetRange(from, length));
                    break;
                case 3:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 4 when other.Length > 0:
                    var start = _random.Next(other.Length);
                    bytes.InsertRange(at, new ArraySegment<byte>(other, start, Math.Min(1 + _random.Next(32), other.Length - start)));
                    break;
                case 5:
                    bytes.Insert(at, Interesting[_random.Next(Interesting.Length)]);
                    break;
                default:
                    bytes.InsertRange(at, tokens[_random.Next(tokens.Count)]);
                    break;
            }
        }

        return [.. bytes];
    }

    /// <summary>Picks one of <paramref name="items"/>.</summary>
    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
