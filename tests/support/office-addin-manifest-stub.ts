// office-addin-mock pulls in office-addin-manifest only for usage data; the tests never need it.
export const OfficeApp = {};
export const readManifestFile = async (): Promise<Record<string, never>> => ({});
export default {};
