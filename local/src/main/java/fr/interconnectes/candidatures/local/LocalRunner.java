package fr.interconnectes.candidatures.local;

public final class LocalRunner {
    public static void main(String[] args) {
    }
}
