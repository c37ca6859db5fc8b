namespace ReflectBot.Data.Protection;

/// <summary>A sealed value could not be opened: the key is missing, wrong, or the value was moved or altered. Never carries the data.</summary>
public sealed class SealedDataException : Exception
{
    public SealedDataException()
    {
    }

    public SealedDataException(string message)
        : base(message)
    {
    }

    public SealedDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
