package fr.interconnectes.candidatures.adapter.mail;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheFactory;
import com.github.mustachejava.MustacheResolver;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.RegionalSelection;
import fr.interconnectes.candidatures.notifications.AccessLinkMail;
import fr.interconnectes.candidatures.notifications.Audition;
import fr.interconnectes.candidatures.notifications.ConfirmationMail;
import fr.interconnectes.candidatures.notifications.ConvocationMail;
import fr.interconnectes.candidatures.notifications.DecisionMail;
import fr.interconnectes.candidatures.notifications.ExpiredMail;
import fr.interconnectes.candidatures.notifications.JurorReminderMail;
import fr.interconnectes.candidatures.notifications.MailFormats;
import fr.interconnectes.candidatures.notifications.MailHeader;
import fr.interconnectes.candidatures.notifications.MailModel;
import fr.interconnectes.candidatures.notifications.MailTemplates;
import fr.interconnectes.candidatures.notifications.ReminderMail;
import fr.interconnectes.candidatures.notifications.WithdrawalMail;
import fr.interconnectes.candidatures.port.Mailer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crac.Context;
import fr.interconnectes.candidatures.config.SnapStart;
import org.crac.Resource;

/**
 * Writes the mails out from their model, with the Mustache templates under {@code mail/{fr,en}/} on the class
 * path: {@code <kind>.subject.mustache}, {@code <kind>.txt.mustache} and {@code <kind>.html.mustache}, where kind is
 * the model's {@link MailModel#kind()}.
 *
 * <p>Values are HTML-escaped in the HTML body only; subject and text body carry them as they are. The subject is
 * folded onto one line. The only place the self-service link (and so any access token) appears is where the
 * templates write {@code {{link}}}.
 *
 * <p>Thread-safe; compiled templates are cached, so keep one instance.
 */
public final class MustacheMailTemplates implements MailTemplates, Resource {

    static final String ROOT = "mail/";

    /** Every mail's kind ({@link MailModel#kind()}): the templates compiled before a SnapStart snapshot. */
    static final List<String> KINDS = List.of("confirmation", "withdrawal", "access_link", "expired", "decision");

    private final MustacheFactory html;
    private final MustacheFactory plain;

    public MustacheMailTemplates() {
        this(MustacheMailTemplates.class.getClassLoader());
    }

    /** Reads the templates from {@code loader} (under {@code mail/}). */
    public MustacheMailTemplates(ClassLoader loader) {
        MustacheResolver resolver = new Utf8ClasspathResolver(loader);
        this.html = new DefaultMustacheFactory(resolver);
        this.plain = new DefaultMustacheFactory(resolver) {
            @Override
            public void encode(String value, Writer writer) {
                try {
                    writer.write(value);
                } catch (IOException e) {
                    throw new MustacheException("Failed to write " + value.length() + " characters", e);
                }
            }
        };
    }

    /** These templates, every one compiled before the SnapStart snapshot (they stay cached). */
    public MustacheMailTemplates compiledBeforeSnapshot() {
        SnapStart.register(this);
        return this;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        for (Language language : Language.values()) {
            for (String kind : KINDS) {
                String base = language.code() + "/" + kind;
                plain.compile(base + ".subject.mustache");
                plain.compile(base + ".txt.mustache");
                html.compile(base + ".html.mustache");
            }
        }
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
    }

    @Override
    public Mailer.Mail render(MailModel model) {
        Map<String, Object> view = view(model);
        String base = model.language().code() + "/" + model.kind();
        String subject = oneLine(render(plain, base + ".subject.mustache", view));
        view.put("subject", subject);
        String text = tidyText(render(plain, base + ".txt.mustache", view));
        String htmlBody = tidyHtml(render(html, base + ".html.mustache", view));
        if (model instanceof ConvocationMail convocation) {
            // the invite's text is written by templates too, in the mail's language
            String summary = oneLine(render(plain, base + ".invite-summary.mustache", view));
            String description = tidyText(render(plain, base + ".invite.txt.mustache", view)).strip();
            return new Mailer.Mail(model.to(), subject, text, htmlBody,
                    List.of(IcsInvites.write(convocation, summary, description)));
        }
        return new Mailer.Mail(model.to(), subject, text, htmlBody);
    }

    private static Map<String, Object> view(MailModel model) {
        MailHeader header = model.header();
        Language language = header.language();
        Map<String, Object> view = new HashMap<>();
        view.put("lang", language.code());
        view.put("campaignTitle", header.campaignTitle());
        view.put("organisation", header.organisation());
        view.put("projectTitle", header.projectTitle());
        if (model instanceof ConfirmationMail m) {
            view.put("link", m.link());
            view.put("receiptNumber", m.receiptNumber());
            view.put("submittedAt", at(m.submittedAt(), header, language));
            List<Map<String, Object>> files = new ArrayList<>();
            for (ConfirmationMail.Attachment a : m.attachments()) {
                files.add(Map.of("name", a.fileName(), "size", MailFormats.size(a.sizeBytes(), language)));
            }
            view.put("attachments", files);
            view.put("hasAttachments", !files.isEmpty());
            view.put("selection", selection(m.regionalSelection(), language));
            view.put("deadline", at(m.deadline(), header, language));
        } else if (model instanceof WithdrawalMail m) {
            view.put("link", m.link());
            view.put("receiptNumber", m.receiptNumber());
            view.put("withdrawnAt", at(m.withdrawnAt(), header, language));
        } else if (model instanceof AccessLinkMail m) {
            view.put("link", m.link());
            view.put("status", m.status().label(language));
            view.put("draft", m.status() == AccessLinkMail.Status.DRAFT);
            view.put("submitted", m.status() == AccessLinkMail.Status.SUBMITTED);
            view.put("receiptNumber", m.receiptNumber());
            view.put("deadline", m.deadline() == null ? null : at(m.deadline(), header, language));
        } else if (model instanceof ExpiredMail m) {
            view.put("deadline", at(m.deadline(), header, language));
        } else if (model instanceof ReminderMail m) {
            view.put("link", m.link());
            view.put("unsubscribeLink", m.unsubscribeLink());
            view.put("remaining", MailFormats.remaining(m.offset(), language));
            view.put("deadline", at(m.deadline(), header, language));
            view.put("missing", m.missing());
            view.put("hasMissing", !m.missing().isEmpty());
        } else if (model instanceof DecisionMail m) {
            boolean finalist = m.outcome() == DecisionMail.Outcome.FINALIST;
            view.put("finalist", finalist);
            view.put("notSelected", !finalist);
            view.put("nationalForum", m.nationalForum());
            view.put("message", m.organisersMessage());
            view.put("messageParagraphs", paragraphs(m.organisersMessage()));
        } else if (model instanceof ConvocationMail m) {
            view.put("link", m.link());
            view.put("moved", m.change() == ConvocationMail.Change.MOVED);
            Audition a = m.audition();
            view.put("date", MailFormats.date(a.date(), language));
            view.put("placeName", a.placeName());
            view.put("placeAddress", a.placeAddress());
            view.put("room", a.room());
            view.put("start", MailFormats.time(a.start(), header.zone(), language));
            view.put("end", MailFormats.time(a.end(), header.zone(), language));
            view.put("zoneName", MailFormats.zoneName(header.zone(), language));
            view.put("presentationMinutes", a.presentationMinutes());
            view.put("questionMinutes", a.questionMinutes());
            view.put("withQuestions", a.questionMinutes() > 0);
            view.put("startup", a.startup());
            view.put("label", !a.startup());
        } else if (model instanceof JurorReminderMail m) {
            view.put("juror", m.juror());
            view.put("day", MailFormats.date(m.day(), language));
            view.put("count", m.dossiers().size());
            view.put("dossiers", m.dossiers().stream().map(d -> Map.of("receiptNumber", d.receiptNumber(),
                    "organisation", d.organisation() == null ? "" : d.organisation(),
                    "projectTitle", d.projectTitle() == null ? "" : d.projectTitle())).toList());
        }
        return view;
    }

    private static String at(Instant instant, MailHeader header, Language language) {
        return MailFormats.dateTime(instant, header.zone(), language);
    }

    /** « jeudi 17 octobre 2019, Annecy », or {@code null} when the selection is not known yet. */
    private static String selection(RegionalSelection selection, Language language) {
        if (selection == null || selection.date() == null) {
            return null;
        }
        String date = MailFormats.date(selection.date(), language);
        String place = selection.place();
        return place == null || place.isBlank() ? date : date + ", " + place.strip();
    }

    /** Paragraphs separated by blank lines, each with its line breaks folded: for the HTML body. */
    private static List<String> paragraphs(String message) {
        List<String> paragraphs = new ArrayList<>();
        if (message == null) {
            return paragraphs;
        }
        for (String p : message.strip().split("\\R\\s*\\R")) {
            String folded = p.strip().replaceAll("\\s*\\R\\s*", " ");
            if (!folded.isEmpty()) {
                paragraphs.add(folded);
            }
        }
        return paragraphs;
    }

    private static String oneLine(String subject) {
        return subject.replaceAll("\\s+", " ").strip();
    }

    /** No trailing spaces, at most one blank line in a row (optional parts leave some), one final line break. */
    private static String tidyText(String text) {
        return text.replaceAll("[ \\t]+(?=\\R|$)", "").replaceAll("(\\R\\s*){3,}", "\n\n").strip() + "\n";
    }

    /** No blank lines (optional parts leave some). */
    private static String tidyHtml(String html) {
        return html.replaceAll("(\\R\\s*){2,}", "\n").strip() + "\n";
    }

    private static String render(MustacheFactory factory, String template, Map<String, Object> view) {
        Mustache mustache = factory.compile(template);
        StringWriter out = new StringWriter();
        mustache.execute(out, view);
        return out.toString();
    }

    /** Reads templates as UTF-8 whatever the platform charset. */
    private static final class Utf8ClasspathResolver implements MustacheResolver {

        private final ClassLoader loader;

        Utf8ClasspathResolver(ClassLoader loader) {
            this.loader = loader;
        }

        @Override
        public Reader getReader(String resourceName) {
            InputStream in = loader.getResourceAsStream(ROOT + resourceName);
            if (in == null) {
                return null;
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }
    }
}
