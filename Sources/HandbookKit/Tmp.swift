public enum HandbookKitPlaceholder {}
