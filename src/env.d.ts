interface ImportMetaEnv {
	/** Site path of the PDF e-book when this build renders one (`npm run pdf`); '' otherwise. */
	readonly EBOOK_PATH: string;
}
