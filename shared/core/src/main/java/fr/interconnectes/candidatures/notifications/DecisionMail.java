package fr.interconnectes.candidatures.notifications;

import java.util.Objects;

/**
 * The jury's decision after the regional selection (template {@code decision}). It holds no time, hence no zone.
 *
 * @param header             recipient, language and what the dossier is (the zone goes unused)
 * @param outcome            finalist or not selected
 * @param nationalForum      for finalists: the national forum, as free text in the header's language (e.g. « Forum
 *                           national des Interconnectés, 12 et 13 décembre 2019, Lyon »); {@code null} to leave it
 *                           out; always {@code null} for {@link Outcome#NOT_SELECTED}, whatever was given
 * @param organisersMessage  a message from the organisers, in the header's language, {@code null} for none; blank
 *                           lines separate paragraphs
 */
public record DecisionMail(
        MailHeader header,
        Outcome outcome,
        String nationalForum,
        String organisersMessage) implements MailModel {

    public DecisionMail {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(outcome, "outcome");
        nationalForum = outcome == Outcome.FINALIST ? Checks.optionalText(nationalForum) : null;
        organisersMessage = Checks.optionalText(organisersMessage);
    }

    @Override
    public String kind() {
        return "decision";
    }

    public enum Outcome {
        FINALIST, NOT_SELECTED
    }
}
