/**
 * Pure functions that prepare facts for the rules: name comparison, date comparison, document
 * number normalisation and schemes. Rules decide; this package measures.
 */
package dev.kycrules.check;
