package fr.interconnectes.candidatures.port;

/** Hands out receipt sequence numbers, unique within a campaign. */
public interface ReceiptCounters {

    long next(String campaignId);
}
