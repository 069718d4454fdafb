package org.jrag.ingest.problem;

/**
 * Everything the ingest service refuses on purpose. The set is closed so that {@link ProblemDetailsAdvice} maps each
 * one to its HTTP problem in a single exhaustive switch; the messages are written for the client to read.
 */
public abstract sealed class IngestException extends RuntimeException
        permits CollectionNotFoundException,
                CollectionAlreadyExistsException,
                InvalidCollectionNameException,
                DocumentNotFoundException,
                EmptyDocumentException,
                UnsupportedDocumentTypeException,
                DocumentTooLargeException,
                InvalidUtf8Exception,
                InvalidParameterException,
                EncryptedPdfException,
                CorruptDocumentException,
                ZipBombException,
                TooManyEntriesException,
                BatchEntryException,
                JobNotFoundException,
                StoreNotFoundException,
                StoreSyncRunningException,
                SiteNotFoundException,
                SiteSyncRunningException,
                RechunkRunningException,
                SourceNotReplaceableException,
                HiddenDuplicateException,
                HiddenDocumentsException,
                InvalidImportException,
                ImportModelMismatchException,
                RechunkNotFoundException,
                ConcurrentUpdateException,
                UnknownModelException,
                EmbeddingModelChangedException,
                OcrFailedException {

    IngestException(String message) {
        super(message);
    }
}
