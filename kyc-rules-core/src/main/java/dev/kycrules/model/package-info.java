/**
 * The facts of one verification attempt: {@link dev.kycrules.model.Attempt} and its parts. Every
 * type is immutable and validated when built; a bad value fails with an
 * {@link dev.kycrules.model.InvalidAttemptException} naming the field.
 */
package dev.kycrules.model;
