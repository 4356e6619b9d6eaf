namespace AseanUn.Presentation;

/// <summary>
/// The library's text folding and word splitting, as data: a query folds character by character (each in
/// <paramref name="FoldFrom"/> becomes the character at the same position of <paramref name="FoldTo"/>; every other
/// stays as it is) and splits at the characters of <paramref name="Separators"/>; a record matches when its search key
/// contains every word.
/// </summary>
/// <param name="FoldFrom">Every UTF-16 character the folding changes.</param>
/// <param name="FoldTo">What each of them folds to.</param>
/// <param name="Separators">The characters a query is split into words at (white space).</param>
internal sealed record SearchView(string FoldFrom, string FoldTo, string Separators);
