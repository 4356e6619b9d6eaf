using AseanUn;

// The program itself is sound; the build must stop at the data file's dangling reference alone.
Console.WriteLine(Partnership.WithLayers.Edition);
