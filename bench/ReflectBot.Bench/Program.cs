Console.WriteLine("ReflectBot benchmark: see bench/README.md.");
return 0;
