/**
 * Personal data kept no longer than needed (GDPR): the retention job, erasure on request, the applicant's copy of
 * their dossier. Every erasure goes through {@link fr.interconnectes.candidatures.privacy.DossierErasure}; the
 * register of what is kept, where and for how long is {@code PRIVACY.md}.
 */
package fr.interconnectes.candidatures.privacy;
