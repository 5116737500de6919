public enum BuildPlaceholder {}
