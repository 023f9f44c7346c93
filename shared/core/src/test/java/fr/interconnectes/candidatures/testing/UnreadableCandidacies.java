package fr.interconnectes.candidatures.testing;

import fr.interconnectes.candidatures.domain.Unavailable;
import fr.interconnectes.candidatures.port.Candidacies;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

/** A store that cannot give one dossier, as DynamoDB fails when it cannot answer; everything else goes to a store. */
public final class UnreadableCandidacies {

    private UnreadableCandidacies() {
    }

    /** {@code store}, except that reading or counting {@code candidacyId} throws {@link Unavailable}. */
    public static Candidacies except(Candidacies store, String candidacyId) {
        return (Candidacies) Proxy.newProxyInstance(Candidacies.class.getClassLoader(),
                new Class<?>[] {Candidacies.class}, (proxy, method, arguments) -> {
                    if ((method.getName().equals("find") || method.getName().equals("countWritten"))
                            && candidacyId.equals(arguments[0])) {
                        throw new Unavailable("the table", new RuntimeException("throughput exceeded"));
                    }
                    try {
                        return method.invoke(store, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
