interface ImportMetaEnv {
	/** Site path of the PDF e-book when this build renders one; '' otherwise. */
	readonly EBOOK_PATH: string;
	/** Site path of the EPUB e-book when this build makes one; '' otherwise. */
	readonly EBOOK_EPUB_PATH: string;
}
