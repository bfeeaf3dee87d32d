package dev.kycrules.check;

/**
 * Whether the document is already linked to another account, and the short form of its
 * fingerprint (never the number itself).
 */
public record RegistryLookup(boolean ownedByOtherAccount, String fingerprint) {}
