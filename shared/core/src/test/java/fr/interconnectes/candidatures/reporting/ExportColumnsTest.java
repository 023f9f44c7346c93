package fr.interconnectes.candidatures.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.interconnectes.candidatures.domain.Criterion;
import fr.interconnectes.candidatures.domain.JuryGrid;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.LocalizedText;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ExportColumnsTest {

    @Test
    void headers_are_in_french_by_default_with_the_criteria_before_the_decision() {
        assertThat(ExportColumns.of(JuryGrid.common()).headers()).containsExactly(
                "Numéro de dépôt", "Identifiant du dossier", "Statut", "Organisation", "Type", "SIREN", "Contact",
                "Courriel", "Téléphone", "Titre du projet", "Résumé", "Déposé le", "Fichiers", "Rang", "Note",
                "Notes reçues", "Écart",
                "Innovation", "Prise en compte des usagers", "Partenariats", "Mutualisation et interopérabilité",
                "Retour sur investissement",
                "Décision");
        assertThat(ExportColumns.of(JuryGrid.common(), null).headers())
                .isEqualTo(ExportColumns.of(JuryGrid.common()).headers());
    }

    @Test
    void headers_in_english() {
        assertThat(ExportColumns.of(JuryGrid.common(), Language.EN).headers()).containsExactly(
                "Receipt number", "Candidacy id", "Status", "Organisation", "Type", "SIREN", "Contact", "E-mail",
                "Phone", "Project title", "Summary", "Submitted at", "Files", "Rank", "Score", "Scores received",
                "Spread",
                "Innovation", "User focus", "Partnership", "Pooling and interoperability", "Return on investment",
                "Decision");
    }

    @Test
    void one_column_per_criterion_of_the_grid_whatever_the_grid() {
        List<Criterion> grid = List.of(
                new Criterion("impact", new LocalizedText("Impact territorial", "Local impact"), 0, 20, 2.0),
                new Criterion("pitch", new LocalizedText("Qualité du pitch", null), 0, 5, 1.0));
        ExportColumns columns = ExportColumns.of(grid, Language.EN);

        List<String> headers = columns.headers();
        assertThat(headers).hasSize(ExportColumn.values().length + 2);
        // an English label missing: the French one
        assertThat(headers.subList(17, 20)).containsExactly("Local impact", "Qualité du pitch", "Decision");

        List<String> cells = columns.cells(Samples.evian());
        assertThat(cells).hasSameSizeAs(headers);
        // the row has no value for these criteria: empty cells, the rest of the row in place
        assertThat(cells.subList(16, 20)).containsExactly("1.25", "", "", "finalist");

        assertThat(ExportColumns.of(List.of()).headers()).hasSize(ExportColumn.values().length);
    }

    @Test
    void a_scored_row_as_cells() {
        List<String> cells = ExportColumns.of(Samples.campaign(), Language.FR).cells(Samples.evian());
        assertThat(cells).containsExactly(
                "ARA-2019-L-0042", "c-evian", "submitted", Samples.EVIAN, "epci", "200067551", "Hélène Dupré",
                "helene.dupre@cc-pays-evian.fr", "+33450338888", "Guichet numérique « Évian connecté »",
                "Un guichet unique; des démarches \"en ligne\"\net un accueil physique.",
                "2019-10-10T23:59:59+02:00", "3", "1", "12.50", "4", "1.25",
                "8.25", "7.50", "6.33", "9.00", "5.13",
                "finalist");
    }

    @Test
    void times_carry_the_paris_offset_of_their_day_and_missing_values_are_empty() {
        ExportColumns columns = ExportColumns.of(JuryGrid.common());
        List<String> hostile = columns.cells(Samples.hostile());
        assertThat(hostile.get(11)).isEqualTo("2020-01-16T23:59:00+01:00");
        assertThat(hostile.subList(13, 18)).containsExactly("2", "-1.50", "1", "", "-1.50");
        assertThat(hostile.get(hostile.size() - 1)).isEqualTo("not_selected");

        List<String> draft = columns.cells(Samples.draft());
        assertThat(draft).hasSize(23).doesNotContainNull();
        assertThat(draft.subList(0, 3)).containsExactly("", "c-draft", "draft");
        assertThat(draft.subList(3, 12)).allMatch(String::isEmpty);
        assertThat(draft.subList(12, 17)).containsExactly("0", "", "", "0", "");
        assertThat(draft.subList(17, 23)).allMatch(String::isEmpty);
    }

    @Test
    void decimals_with_a_comma_for_french_spreadsheets() {
        ExportColumns columns = ExportColumns.of(JuryGrid.common()).withDecimalSeparator(',');
        assertThat(columns.decimalSeparator()).isEqualTo(',');
        assertThat(columns.cells(Samples.evian()).subList(12, 22))
                .containsExactly("3", "1", "12,50", "4", "1,25", "8,25", "7,50", "6,33", "9,00", "5,13");
        assertThat(columns.cells(Samples.hostile()).get(14)).isEqualTo("-1,50");
        assertThat(ExportColumns.of(JuryGrid.common()).decimalSeparator()).isEqualTo('.');
        assertThatThrownBy(() -> columns.withDecimalSeparator(' ')).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rows_become_cells_one_at_a_time() {
        AtomicInteger pulled = new AtomicInteger();
        Iterable<ExportRow> rows = () -> new Iterator<>() {
            @Override
            public boolean hasNext() {
                return pulled.get() < 3;
            }

            @Override
            public ExportRow next() {
                pulled.incrementAndGet();
                return Samples.draft();
            }
        };
        Iterator<List<String>> cells = ExportColumns.of(JuryGrid.common()).cells(rows).iterator();
        assertThat(pulled).hasValue(0);
        cells.next();
        assertThat(pulled).hasValue(1);
        List<List<String>> rest = new ArrayList<>();
        cells.forEachRemaining(rest::add);
        assertThat(rest).hasSize(2);
    }
}
