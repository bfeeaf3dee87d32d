/**
 * Shared state across attempts: the {@link dev.kycrules.store.DocumentRegistry} (one document, one
 * account) and the {@link dev.kycrules.store.AttemptHistory} (throttling), with in-memory
 * implementations and keyed {@link dev.kycrules.store.Fingerprinter fingerprints}.
 */
package dev.kycrules.store;
