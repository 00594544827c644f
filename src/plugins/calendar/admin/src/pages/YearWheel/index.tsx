import { ViewPage } from '../../components/ViewPage';

export const YearWheelPage = () => <ViewPage view="wheel" />;
