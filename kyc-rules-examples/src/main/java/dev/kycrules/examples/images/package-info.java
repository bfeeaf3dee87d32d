/**
 * Example host code that turns pictures into the numbers kyc-rules consumes.
 * {@link dev.kycrules.examples.images.DocumentMetricsExtractor} and
 * {@link dev.kycrules.examples.images.FaceMetricsExtractor} read JPEG/PNG files with ImageIO,
 * honour EXIF orientation, and report each metric with its
 * {@link dev.kycrules.examples.images.Provenance} (algorithm, resolution, raw value) so a host
 * can recalibrate. {@link dev.kycrules.examples.images.SyntheticCards} draws test photos and
 * {@link dev.kycrules.examples.images.DecideImages} is the command-line demo. Plain Java arrays
 * only; no native code. See docs/IMAGE-METRICS.md.
 */
package dev.kycrules.examples.images;
