using System;
using System.Collections;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace AseanUn.Collections;

/// <summary>
/// An immutable array with value equality, so that records holding lists compare by content.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="System.Collections.Immutable.ImmutableArray{T}"/> compares by reference, which would make two
/// records with the same facts unequal. This wrapper compares element by element and hashes consistently.
/// </para>
/// <para>
/// The backing array is never handed out: the type exposes <see cref="IReadOnlyList{T}"/> only, and casting
/// it (boxed) to <see cref="IList{T}"/> or an array is impossible. <c>default</c> behaves as an empty array.
/// </para>
/// </remarks>
/// <typeparam name="T">The element type.</typeparam>
[CollectionBuilder(typeof(EquatableArray), nameof(EquatableArray.Create))]
public readonly struct EquatableArray<T> : IReadOnlyList<T>, IEquatable<EquatableArray<T>>
{
    private readonly T[]? _items;

    internal EquatableArray(T[] items) => _items = items;

    /// <summary>An empty array.</summary>
    public static EquatableArray<T> Empty => default;

    /// <summary>Gets the number of elements.</summary>
    public int Count => _items?.Length ?? 0;

    /// <summary>Gets whether the array has no elements.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>Gets the element at <paramref name="index"/>.</summary>
    /// <param name="index">The zero-based index.</param>
    public T this[int index] => (_items ?? [])[index];

    /// <summary>Gets a read-only span over the elements, without copying.</summary>
    public ReadOnlySpan<T> AsSpan() => _items;

    /// <summary>Returns whether the array holds <paramref name="item"/> (by default equality).</summary>
    /// <param name="item">The element to look for.</param>
    public bool Contains(T item) => _items is not null && Array.IndexOf(_items, item) >= 0;

    /// <summary>Returns an allocation-free enumerator.</summary>
    public Enumerator GetEnumerator() => new(_items ?? []);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)(_items ?? [])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<T>)this).GetEnumerator();

    /// <inheritdoc/>
    public bool Equals(EquatableArray<T> other) => AsSpan().SequenceEqual(other.AsSpan(), EqualityComparer<T>.Default);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in AsSpan())
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc/>
    public override string ToString() => $"[{string.Join(", ", _items ?? [])}]";

    /// <summary>Compares two arrays by content.</summary>
    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    /// <summary>Compares two arrays by content.</summary>
    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    /// <summary>An enumerator over an <see cref="EquatableArray{T}"/> that does not allocate.</summary>
    public struct Enumerator
    {
        private readonly T[] _items;
        private int _index;

        internal Enumerator(T[] items)
        {
            _items = items;
            _index = -1;
        }

        /// <summary>Gets the current element.</summary>
        public readonly T Current => _items[_index];

        /// <summary>Advances to the next element.</summary>
        public bool MoveNext() => ++_index < _items.Length;
    }
}

/// <summary>Factory methods for <see cref="EquatableArray{T}"/>; also the collection-expression builder.</summary>
public static class EquatableArray
{
    /// <summary>Creates an array holding a copy of <paramref name="items"/>.</summary>
    /// <param name="items">The elements.</param>
    /// <typeparam name="T">The element type.</typeparam>
    public static EquatableArray<T> Create<T>(ReadOnlySpan<T> items) => items.IsEmpty ? default : new(items.ToArray());

    /// <summary>Creates an array holding a copy of <paramref name="items"/>.</summary>
    /// <param name="items">The elements.</param>
    /// <typeparam name="T">The element type.</typeparam>
    public static EquatableArray<T> From<T>(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var array = items is T[] source ? (T[])source.Clone() : [.. items];
        return array.Length == 0 ? default : new(array);
    }

    /// <summary>Wraps an array the caller gives up; no copy. Internal so no caller keeps a mutable alias.</summary>
    internal static EquatableArray<T> TakeOwnership<T>(T[] items) => items.Length == 0 ? default : new(items);
}
