package fr.interconnectes.candidatures.archbroken.functions;

/** A handler that another one wrongly calls. */
public final class OtherHandler {

    public static String options() {
        return "shared by calling a handler";
    }
}
