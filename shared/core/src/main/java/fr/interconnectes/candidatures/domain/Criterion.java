package fr.interconnectes.candidatures.domain;

/** One criterion of the jury grid: scored from {@code scaleMin} to {@code scaleMax}, weighted. */
public record Criterion(String id, LocalizedText label, int scaleMin, int scaleMax, double weight) {
}
