namespace AseanUn.Package.Tests.Infrastructure;

/// <summary>Every package test shares one packed package and runs one at a time: they all drive <c>dotnet</c>.</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackedPackage>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Packed package";
}
